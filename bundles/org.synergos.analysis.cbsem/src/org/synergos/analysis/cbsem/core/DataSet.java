package org.synergos.analysis.cbsem.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.synergos.data.DataColumn;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;

/**
 * Raw data: numeric columns ({@code NaN} = missing) and optional text columns (e.g. a grouping
 * variable). Immutable; {@link #column} returns copies.
 */
public final class DataSet {

    private final List<String> names;
    private final double[][] columns;
    private final Map<String, String[]> textColumns;
    private final int rowCount;

    private DataSet(List<String> names, double[][] columns, Map<String, String[]> textColumns, int rowCount) {
        this.names = List.copyOf(names);
        this.columns = columns;
        this.textColumns = textColumns;
        this.rowCount = rowCount;
    }

    /** Numeric data from rows ({@code rows[i][j]} = case i, variable j; {@code NaN} = missing). */
    public static DataSet of(List<String> names, double[][] rows) {
        double[][] cols = new double[names.size()][rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != names.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + rows[i].length + " values, expected "
                        + names.size());
            }
            for (int j = 0; j < names.size(); j++) {
                cols[j][i] = rows[i][j];
            }
        }
        return new DataSet(names, cols, Map.of(), rows.length);
    }

    /** A copy with an added text column (e.g. the grouping variable). */
    public DataSet withTextColumn(String name, String[] values) {
        if (values.length != rowCount) {
            throw new IllegalArgumentException("text column '" + name + "' has " + values.length + " values, expected "
                    + rowCount);
        }
        Map<String, String[]> text = new HashMap<>(textColumns);
        text.put(name, values.clone());
        return new DataSet(names, columns, Map.copyOf(text), rowCount);
    }

    /**
     * Reads a CSV file with Synergos's CSV reader (header row, UTF-8, empty field or {@code NA} = missing).
     * Columns whose non-missing values are all numbers become numeric; others become text columns.
     */
    public static DataSet readCsv(Path file) {
        try {
            return from(new CsvDatasetReader().read(file));
        } catch (DataFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A data set's numeric columns as variables and its other columns as text (missing text = ""). */
    public static DataSet from(Dataset data) {
        List<String> numericNames = new ArrayList<>();
        List<double[]> numeric = new ArrayList<>();
        Map<String, String[]> text = new HashMap<>();
        for (DataColumn column : data.columns()) {
            if (column.isNumeric()) {
                numericNames.add(column.name());
                numeric.add(column.values());
            } else {
                String[] labels = new String[column.size()];
                for (int row = 0; row < labels.length; row++) {
                    labels[row] = column.isMissing(row) ? "" : column.text(row);
                }
                text.put(column.name(), labels);
            }
        }
        return new DataSet(numericNames, numeric.toArray(new double[0][]), Map.copyOf(text), data.rowCount());
    }

    /** Numeric variable names. */
    public List<String> names() {
        return names;
    }

    public int rowCount() {
        return rowCount;
    }

    public boolean hasColumn(String name) {
        return names.contains(name);
    }

    /** A copy of a numeric column. */
    public double[] column(String name) {
        int j = names.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("no numeric variable '" + name + "' in data " + names);
        }
        return columns[j].clone();
    }

    /** A grouping column as text (numeric columns are rendered with {@link Double#toString}). */
    public String[] groupingColumn(String name) {
        String[] text = textColumns.get(name);
        if (text != null) {
            return text.clone();
        }
        double[] values = column(name);
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.isNaN(values[i]) ? null : Double.toString(values[i]);
        }
        return out;
    }
}
