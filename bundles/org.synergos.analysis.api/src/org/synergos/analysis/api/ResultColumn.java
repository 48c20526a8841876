package org.synergos.analysis.api;

import java.util.Objects;

/**
 * A table column.
 *
 * @param id stable identifier, e.g. {@code "mean"}
 * @param label header as shown, e.g. "M"
 * @param unit unit of the values ("" when none), e.g. "10k yuan", "%"
 * @param format how numbers are shown
 * @param decimals digits after the decimal point for {@link ColumnFormat#DECIMAL},
 *        {@link ColumnFormat#PERCENT} and {@link ColumnFormat#P_VALUE}
 */
public record ResultColumn(String id, String label, String unit, ColumnFormat format, int decimals) {

    public ResultColumn {
        Objects.requireNonNull(id, "id");
        label = label == null ? id : label;
        unit = unit == null ? "" : unit;
        Objects.requireNonNull(format, "format");
    }

    public static ResultColumn text(String id, String label) {
        return new ResultColumn(id, label, "", ColumnFormat.TEXT, 0);
    }

    public static ResultColumn integer(String id, String label) {
        return new ResultColumn(id, label, "", ColumnFormat.INTEGER, 0);
    }

    public static ResultColumn decimal(String id, String label, int decimals) {
        return new ResultColumn(id, label, "", ColumnFormat.DECIMAL, decimals);
    }

    public static ResultColumn pValue(String id, String label) {
        return new ResultColumn(id, label, "", ColumnFormat.P_VALUE, 3);
    }

    public ResultColumn withUnit(String newUnit) {
        return new ResultColumn(id, label, newUnit, format, decimals);
    }
}
