package org.synergos.analysis.cbsem.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
     * Reads a CSV file (header row, comma separator, {@code .} decimal, empty field or {@code NA} =
     * missing, optional double quotes). Columns whose non-missing values are all numbers become
     * numeric; others become text columns.
     */
    public static DataSet readCsv(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines.removeIf(String::isBlank);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty");
        }
        List<String> header = split(lines.get(0));
        int n = lines.size() - 1;
        String[][] cells = new String[header.size()][n];
        for (int i = 0; i < n; i++) {
            List<String> fields = split(lines.get(i + 1));
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException(file + " line " + (i + 2) + ": " + fields.size() + " fields, expected "
                        + header.size());
            }
            for (int j = 0; j < header.size(); j++) {
                cells[j][i] = fields.get(j);
            }
        }
        List<String> numericNames = new ArrayList<>();
        List<double[]> numeric = new ArrayList<>();
        Map<String, String[]> text = new HashMap<>();
        for (int j = 0; j < header.size(); j++) {
            double[] parsed = parseNumeric(cells[j]);
            if (parsed != null) {
                numericNames.add(header.get(j));
                numeric.add(parsed);
            } else {
                text.put(header.get(j), cells[j]);
            }
        }
        return new DataSet(numericNames, numeric.toArray(new double[0][]), Map.copyOf(text), n);
    }

    private static double[] parseNumeric(String[] cells) {
        double[] out = new double[cells.length];
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].trim();
            if (c.isEmpty() || c.equals("NA")) {
                out[i] = Double.NaN;
                continue;
            }
            try {
                out[i] = Double.parseDouble(c);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else if (c != '\r') {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
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
