package org.synergos.analysis.pls.core;

import java.util.List;
import java.util.Locale;

/**
 * Immutable matrix with row and column labels (construct or indicator names). Layout conventions follow
 * seminr: path-type matrices have rows = from, columns = to; loading/weight matrices have rows =
 * indicators, columns = constructs. Cells that do not apply hold 0 (structural zeros) or NaN (undefined).
 */
public final class LabeledMatrix {

    private final List<String> rowNames;
    private final List<String> columnNames;
    private final double[][] values;

    public LabeledMatrix(List<String> rowNames, List<String> columnNames, double[][] values) {
        this.rowNames = List.copyOf(rowNames);
        this.columnNames = List.copyOf(columnNames);
        if (values.length != this.rowNames.size()) {
            throw new IllegalArgumentException("rows: " + values.length + " values, " + rowNames.size() + " names");
        }
        this.values = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != this.columnNames.size()) {
                throw new IllegalArgumentException("row " + i + ": " + values[i].length + " values, "
                        + columnNames.size() + " column names");
            }
            this.values[i] = values[i].clone();
        }
    }

    public List<String> rowNames() {
        return rowNames;
    }

    public List<String> columnNames() {
        return columnNames;
    }

    public int rows() {
        return rowNames.size();
    }

    public int columns() {
        return columnNames.size();
    }

    public double get(int row, int column) {
        return values[row][column];
    }

    /** The value at ({@code row}, {@code column}) by label. */
    public double get(String row, String column) {
        return values[index(rowNames, row, "row")][index(columnNames, column, "column")];
    }

    /** A copy of the values. */
    public double[][] toArray() {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }

    private static int index(List<String> names, String name, String what) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no " + what + " '" + name + "' in " + names);
        }
        return i;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%14s", ""));
        columnNames.forEach(c -> sb.append(String.format(Locale.ROOT, " %12.12s", c)));
        for (int i = 0; i < values.length; i++) {
            sb.append('\n').append(String.format(Locale.ROOT, "%14.14s", rowNames.get(i)));
            for (double v : values[i]) {
                sb.append(String.format(Locale.ROOT, " %12.6f", v));
            }
        }
        return sb.toString();
    }
}
