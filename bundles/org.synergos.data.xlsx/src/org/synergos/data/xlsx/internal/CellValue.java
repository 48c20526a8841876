package org.synergos.data.xlsx.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;

/**
 * A cell as the data set sees it: its kind and its text. Numbers are written as a CSV file would hold
 * them (integers without ".0"), dates as ISO text, booleans as TRUE/FALSE; a formula counts by its
 * saved result.
 */
public record CellValue(Kind kind, String text, String formula) {

    /** What a cell holds. */
    public enum Kind {
        EMPTY, NUMBER, TEXT, BOOLEAN, DATE, ERROR,
        /** A formula whose result was never saved (the file was written by a program that does not compute). */
        FORMULA_WITHOUT_VALUE
    }

    static final CellValue EMPTY = new CellValue(Kind.EMPTY, null, null);

    private static final Set<String> ERROR_CODES = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
            "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!", "#CONNECT!", "#BUSY!");

    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    public boolean isEmpty() {
        return kind == Kind.EMPTY;
    }

    /** The value of a cell as fastexcel read it; {@code date1904} is the workbook's date system. */
    public static CellValue of(Cell cell, boolean date1904) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return EMPTY;
        }
        Object value = cell.getValue();
        String formula = cell.getType() == CellType.FORMULA ? cell.getFormula() : null;
        if (cell.getType() == CellType.FORMULA && value == null) {
            return new CellValue(Kind.FORMULA_WITHOUT_VALUE, null, formula);
        }
        if (cell.getType() == CellType.ERROR) {
            return new CellValue(Kind.ERROR, String.valueOf(value), formula);
        }
        if (value instanceof BigDecimal number) {
            String format = cell.getDataFormatString();
            if (DateFormats.isDate(cell.getDataFormatId(), format)) {
                return new CellValue(Kind.DATE, dateText(number.doubleValue(), date1904, format), formula);
            }
            return new CellValue(Kind.NUMBER, numberText(number.doubleValue()), formula);
        }
        if (value instanceof Boolean bool) {
            return new CellValue(Kind.BOOLEAN, bool ? "TRUE" : "FALSE", formula);
        }
        String text = value == null ? "" : value.toString().trim();
        if (text.isEmpty()) {
            return EMPTY;
        }
        if (formula != null && ERROR_CODES.contains(text)) {
            return new CellValue(Kind.ERROR, text, formula);
        }
        return new CellValue(Kind.TEXT, text, formula);
    }

    /** Integers as integers; other values in Java's shortest round-trip form (parses back to the same double). */
    static String numberText(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** An Excel date serial as ISO text: date, time, or both as the cell's format shows them. */
    static String dateText(double serial, boolean date1904, String format) {
        long days = (long) Math.floor(serial);
        long seconds = Math.round((serial - days) * 86_400);
        if (seconds == 86_400) {
            days++;
            seconds = 0;
        }
        if (!date1904 && days < 61) {
            days++; // Excel counts the nonexistent 29 February 1900, so earlier serials are one day off
        }
        LocalDateTime time = (date1904 ? EPOCH_1904 : EPOCH_1900).plusDays(days).atStartOfDay().plusSeconds(seconds);
        boolean showsTime = DateFormats.showsTime(format) || seconds != 0;
        boolean showsDate = DateFormats.showsDate(format) || !showsTime;
        String clock = String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", time.getHour(), time.getMinute(),
                time.getSecond());
        if (!showsDate) {
            return clock;
        }
        String date = time.toLocalDate().toString();
        return showsTime ? date + " " + clock : date;
    }
}
