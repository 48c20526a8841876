package org.synergos.data.xlsx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block of a sheet in Excel's A1 notation: {@code A3:F200}, or open at the bottom ({@code A3:F}, down to
 * the sheet's last row) or at both ends ({@code A:F}, whole columns). Columns and rows are 1-based; an
 * open row bound is 0.
 */
public record CellRange(int firstColumn, int firstRow, int lastColumn, int lastRow) {

    /** Excel's limits: 16,384 columns (XFD) and 1,048,576 rows. */
    public static final int MAX_COLUMNS = 16_384;
    public static final int MAX_ROWS = 1_048_576;

    private static final Pattern A1 = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?(\\d*):\\$?([A-Za-z]{1,3})\\$?(\\d*)");

    public CellRange {
        if (firstColumn < 1 || lastColumn > MAX_COLUMNS || firstColumn > lastColumn) {
            throw new IllegalArgumentException("columns " + firstColumn + " to " + lastColumn + " are not a range of"
                    + " columns A to XFD");
        }
        if (firstRow < 0 || lastRow < 0 || firstRow > MAX_ROWS || lastRow > MAX_ROWS
                || (lastRow > 0 && firstRow > lastRow)) {
            throw new IllegalArgumentException("rows " + firstRow + " to " + lastRow + " are not a range of rows 1 to "
                    + MAX_ROWS);
        }
    }

    /** Parses {@code A3:F200}, {@code A3:F} or {@code A:F} (dollar signs allowed, letters in any case). */
    public static CellRange parse(String text) {
        Matcher m = A1.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a cell range such as A1:F200, A3:F or A:F");
        }
        int firstRow = m.group(2).isEmpty() ? 0 : row(m.group(2), text);
        int lastRow = m.group(4).isEmpty() ? 0 : row(m.group(4), text);
        if (firstRow == 0 && lastRow != 0) {
            throw new IllegalArgumentException("'" + text + "' gives a last row but no first row");
        }
        try {
            return new CellRange(columnIndex(m.group(1)), firstRow, columnIndex(m.group(3)), lastRow);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "': " + e.getMessage(), e);
        }
    }

    private static int row(String digits, String text) {
        try {
            int row = Integer.parseInt(digits);
            if (row >= 1 && row <= MAX_ROWS) {
                return row;
            }
        } catch (NumberFormatException e) {
            // too many digits: reported below
        }
        throw new IllegalArgumentException("'" + text + "': row " + digits + " is outside rows 1 to " + MAX_ROWS);
    }

    public boolean containsColumn(int column) {
        return column >= firstColumn && column <= lastColumn;
    }

    public boolean containsRow(int row) {
        return row >= firstRow && (lastRow == 0 || row <= lastRow);
    }

    /** 1-based index of column letters: A = 1, Z = 26, AA = 27, XFD = 16,384. */
    public static int columnIndex(String letters) {
        int index = 0;
        for (char ch : letters.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if (ch < 'A' || ch > 'Z') {
                throw new IllegalArgumentException("'" + letters + "' is not a column name");
            }
            index = index * 26 + (ch - 'A' + 1);
        }
        return index;
    }

    /** Letters of a 1-based column index: 1 = A, 27 = AA. */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    /** The A1 reference of a cell, e.g. {@code C7}. */
    public static String reference(int column, long row) {
        return columnName(column) + row;
    }

    @Override
    public String toString() {
        return columnName(firstColumn) + (firstRow > 0 ? firstRow : "") + ":" + columnName(lastColumn)
                + (lastRow > 0 ? lastRow : "");
    }
}
