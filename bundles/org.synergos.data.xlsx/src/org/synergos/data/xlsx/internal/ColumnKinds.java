package org.synergos.data.xlsx.internal;

import java.nio.file.Path;
import java.util.List;

import org.synergos.data.DataFormatException;

/**
 * Detects each column's type from its cells' kinds, and refuses a column of numbers in which some cells
 * hold text (an answer typed as "4,5" or "n/a"): in a workbook, unlike in CSV, a number and a text are told
 * apart, so such a cell is a data error to be named, not a column to be read as text. A column whose cells
 * are mostly text is a text column and may hold numbers (codes, labels).
 */
public final class ColumnKinds {

    private final Path file;
    private final String sheet;
    private final List<String> names;
    private final long[] numbers;
    private final long[] texts;
    private final String[] firstNumber;
    private final String[] firstText;
    private final String[] firstTextContent;

    public ColumnKinds(Path file, String sheet, List<String> names) {
        this.file = file;
        this.sheet = sheet;
        this.names = names;
        int n = names.size();
        numbers = new long[n];
        texts = new long[n];
        firstNumber = new String[n];
        firstText = new String[n];
        firstTextContent = new String[n];
    }

    /** Counts a non-missing cell of a column. */
    public void record(int column, CellValue.Kind kind, String text, String reference) {
        if (kind == CellValue.Kind.NUMBER) {
            numbers[column]++;
            if (firstNumber[column] == null) {
                firstNumber[column] = reference;
            }
        } else if (kind == CellValue.Kind.TEXT && !looksNumeric(text)) {
            texts[column]++;
            if (firstText[column] == null) {
                firstText[column] = reference;
                firstTextContent[column] = text;
            }
        }
    }

    /** Refuses the first column that is mostly numbers but holds text too, naming its first text cell. */
    public void refuseMixedColumns() throws DataFormatException {
        for (int c = 0; c < names.size(); c++) {
            if (numbers[c] > 0 && texts[c] > 0 && numbers[c] >= texts[c]) {
                String content = firstTextContent[c];
                String hint = content.matches("[-+]?\\d*,\\d+") ? " (a decimal comma: type it as a number)" : "";
                throw new DataFormatException(file, row(firstText[c]), names.get(c), "sheet '" + sheet + "', cell "
                        + firstText[c] + ": the text '" + content + "'" + hint + " in a column of numbers ("
                        + numbers[c] + " numbers from cell " + firstNumber[c] + ", " + texts[c] + " text cell"
                        + (texts[c] == 1 ? "" : "s") + "): correct the cell, or list '" + content
                        + "' among the missing-value codes");
            }
        }
    }

    /** Text that a CSV reader would read as a number (a number stored as text) is not a mixed type. */
    private static boolean looksNumeric(String text) {
        return text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    }

    private static long row(String reference) {
        return Long.parseLong(reference.replaceAll("^[A-Z]+", ""));
    }
}
