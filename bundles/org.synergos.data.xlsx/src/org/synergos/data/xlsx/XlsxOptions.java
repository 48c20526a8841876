package org.synergos.data.xlsx;

import java.util.List;
import java.util.Set;

/**
 * Which part of a workbook holds the data set, and which cell contents mean "missing".
 *
 * @param sheet the sheet's name ({@code null}: the first sheet)
 * @param range the block to read ({@code null}: the whole sheet); its first row is the header row unless
 *        {@code headerRow} says otherwise
 * @param headerRow the 1-based row holding the column names (0: the range's first row, or else the
 *        sheet's first row that is not empty)
 * @param missingCodes cell texts that mean "missing" besides the empty cell, e.g. "NA", "-99", "#N/A"
 */
public record XlsxOptions(String sheet, CellRange range, int headerRow, Set<String> missingCodes) {

    /** The first sheet, all of it, header in its first non-empty row, empty cells and "NA" missing. */
    public static final XlsxOptions DEFAULT = new XlsxOptions(null, null, 0, Set.of("NA"));

    public XlsxOptions {
        missingCodes = Set.copyOf(missingCodes);
        if (sheet != null && sheet.isBlank()) {
            sheet = null;
        }
        if (headerRow < 0 || headerRow > CellRange.MAX_ROWS) {
            throw new IllegalArgumentException("header row " + headerRow + " is outside rows 1 to " + CellRange.MAX_ROWS);
        }
        if (range != null && headerRow > 0 && !range.containsRow(headerRow)) {
            throw new IllegalArgumentException("header row " + headerRow + " lies outside the range " + range);
        }
    }

    /**
     * Reads a sheet specification as users write it: {@code Survey}, {@code Survey!A3:F200},
     * {@code 'Wave 1'!B2:E}, or {@code !A3:F200} for a range on the first sheet. A name that contains '!' but
     * ends in no cell range is taken whole. {@code null} or blank means the first sheet, all of it.
     */
    public static XlsxOptions parse(String specification) {
        if (specification == null || specification.isBlank()) {
            return DEFAULT;
        }
        String text = specification.trim();
        int bang = text.lastIndexOf('!');
        String sheet = text;
        CellRange range = null;
        if (bang >= 0) {
            String tail = text.substring(bang + 1);
            if (tail.matches("\\$?[A-Za-z]{1,3}\\$?\\d*:\\$?[A-Za-z]{1,3}\\$?\\d*")) {
                range = CellRange.parse(tail);
                sheet = text.substring(0, bang);
            } else if (bang == text.length() - 1 || tail.contains(":")) {
                throw new IllegalArgumentException("'" + specification + "': after '!' comes a cell range such as"
                        + " A1:F200, A3:F or A:F");
            }
        }
        if (sheet.length() >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) {
            sheet = sheet.substring(1, sheet.length() - 1).replace("''", "'");
        }
        return new XlsxOptions(sheet.isEmpty() ? null : sheet, range, 0, DEFAULT.missingCodes);
    }

    public XlsxOptions withSheet(String newSheet) {
        return new XlsxOptions(newSheet, range, headerRow, missingCodes);
    }

    public XlsxOptions withRange(CellRange newRange) {
        return new XlsxOptions(sheet, newRange, headerRow, missingCodes);
    }

    public XlsxOptions withHeaderRow(int row) {
        return new XlsxOptions(sheet, range, row, missingCodes);
    }

    public XlsxOptions withMissingCodes(List<String> codes) {
        return new XlsxOptions(sheet, range, headerRow, Set.copyOf(codes));
    }

    public XlsxOptions withMissingCodes(Set<String> codes) {
        return new XlsxOptions(sheet, range, headerRow, codes);
    }

    /** As users write it: {@code Survey!A3:F200}, or "the first sheet". */
    public String describe() {
        String name = sheet != null ? sheet : "the first sheet";
        return range != null ? name + "!" + range : name;
    }
}
