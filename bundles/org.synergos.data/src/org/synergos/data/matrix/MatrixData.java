package org.synergos.data.matrix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.synergos.data.DataColumn;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;

/**
 * Reads summary statistics from a data set in matrix layout, as SPSS {@code MATRIX DATA} writes it and AMOS
 * and lavaan users exchange it:
 *
 * <pre>
 * rowtype_,varname_,x1,x2,x3
 * N,,314,314,314
 * MEAN,,4.271,4.527,4.437
 * STDDEV,,0.693,0.714,0.762
 * CORR,x1,1,,
 * CORR,x2,0.651,1,
 * CORR,x3,0.693,0.581,1
 * </pre>
 *
 * Row types (any case): {@code N}, {@code MEAN}, {@code STDDEV} (or {@code SD}), {@code CORR}, {@code COV}.
 * The matrix may be given as its lower triangle, its upper triangle or in full (then it must be symmetric).
 * An optional group column holds one such block per group. Every problem is reported with the file, the line
 * and the column concerned.
 */
public final class MatrixData {

    /** The column that marks a matrix file. */
    public static final String ROW_TYPE_COLUMN = "rowtype_";
    /** The column naming each matrix row's variable. */
    public static final String VARIABLE_COLUMN = "varname_";

    /** How far apart two copies of one element (upper and lower triangle) may be, relative to their size. */
    private static final double SYMMETRY_TOLERANCE = 1e-9;
    /** How far a correlation matrix's diagonal may be from 1 (files round to a few decimals). */
    private static final double UNIT_DIAGONAL_TOLERANCE = 1e-6;
    /** How far a covariance file's standard deviations may be from the square roots of its variances. */
    private static final double SD_TOLERANCE = 1e-3;

    private MatrixData() {
    }

    /** True when the data set is in matrix layout (it has a {@code rowtype_} column, in any case). */
    public static boolean isMatrixData(Dataset data) {
        return isMatrixHeader(data.columnNames());
    }

    /** The same test on a header alone (a file's column names, read without its rows). */
    public static boolean isMatrixHeader(List<String> columnNames) {
        return column(columnNames, ROW_TYPE_COLUMN) != null;
    }

    /**
     * The groups' summary statistics, in order of first appearance.
     *
     * @param groupColumn the column labelling each row's group, or {@code null} / blank for one group
     */
    public static List<GroupMatrix> read(Dataset data, String groupColumn) throws DataFormatException {
        return new Reading(data, groupColumn).groups();
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /**
     * The data set's column of that name, ignoring case and surrounding blanks, as matrix files spell
     * {@link #ROW_TYPE_COLUMN} and {@link #VARIABLE_COLUMN} ({@code ROWTYPE_}, {@code VarName_}); {@code null}
     * when it has none.
     */
    public static String column(Dataset data, String name) {
        return column(data.columnNames(), name);
    }

    private static String column(List<String> columnNames, String name) {
        for (String column : columnNames) {
            if (column.trim().equalsIgnoreCase(name)) {
                return column;
            }
        }
        return null;
    }

    /** One pass over the rows, collecting each group's blocks, then the checks that need all of them. */
    private static final class Reading {
        private final Dataset data;
        private final Path file;
        private final String rowType;
        private final String variableColumn;
        private final String groupColumn;
        private final List<String> variables = new ArrayList<>();
        private final Map<String, Block> blocks = new LinkedHashMap<>();

        Reading(Dataset data, String groupColumn) throws DataFormatException {
            this.data = data;
            this.file = data.source().orElse(Path.of(data.name()));
            this.rowType = column(data, ROW_TYPE_COLUMN);
            if (rowType == null) {
                throw new DataFormatException(file, 1, null, "not a matrix file: it has no '" + ROW_TYPE_COLUMN
                        + "' column (columns: " + String.join(", ", data.columnNames()) + ")");
            }
            this.variableColumn = column(data, VARIABLE_COLUMN);
            boolean grouped = groupColumn != null && !groupColumn.isBlank();
            if (grouped && !data.hasColumn(groupColumn)) {
                throw new DataFormatException(file, 1, null, "group column '" + groupColumn + "' is not in the file"
                        + " (columns: " + String.join(", ", data.columnNames()) + ")");
            }
            this.groupColumn = grouped ? groupColumn : null;
            for (String column : data.columnNames()) {
                if (!column.equals(rowType) && !column.equals(variableColumn) && !column.equals(this.groupColumn)) {
                    variables.add(column);
                }
            }
            if (variables.isEmpty()) {
                throw new DataFormatException(file, 1, null, "the matrix file has no variable columns");
            }
        }

        List<GroupMatrix> groups() throws DataFormatException {
            for (int row = 0; row < data.rowCount(); row++) {
                readRow(row);
            }
            if (blocks.isEmpty()) {
                throw new DataFormatException(file, 0, null, "the matrix file has no rows");
            }
            List<GroupMatrix> out = new ArrayList<>();
            for (Map.Entry<String, Block> e : blocks.entrySet()) {
                out.add(e.getValue().finish(e.getKey()));
            }
            return out;
        }

        private void readRow(int row) throws DataFormatException {
            long line = data.sourceLine(row);
            String type = text(rowType, row);
            if (type == null) {
                throw new DataFormatException(file, line, rowType, "the row type is empty");
            }
            String group = "";
            if (groupColumn != null) {
                group = text(groupColumn, row);
                if (group == null) {
                    throw new DataFormatException(file, line, groupColumn, "the row has no group label");
                }
            }
            Block block = blocks.computeIfAbsent(group, g -> new Block());
            switch (type.toUpperCase(Locale.ROOT)) {
            case "N" -> block.n(row, line);
            case "MEAN" -> block.means = vector(block.means, row, line, "MEAN", false);
            case "STDDEV", "SD" -> block.sds = vector(block.sds, row, line, "STDDEV", true);
            case "CORR" -> block.matrixRow(MatrixKind.CORRELATION, row, line);
            case "COV" -> block.matrixRow(MatrixKind.COVARIANCE, row, line);
            default -> throw new DataFormatException(file, line, rowType, "unknown row type '" + type
                    + "' (known: N, MEAN, STDDEV or SD, CORR, COV)");
            }
        }

        private double[] vector(double[] previous, int row, long line, String type, boolean positive)
                throws DataFormatException {
            if (previous != null) {
                throw new DataFormatException(file, line, rowType, "a second " + type + " row" + forGroup(row));
            }
            double[] out = new double[variables.size()];
            for (int j = 0; j < out.length; j++) {
                out[j] = number(variables.get(j), row, line, true);
                if (positive && !(out[j] > 0)) {
                    throw new DataFormatException(file, line, variables.get(j), "a standard deviation must be"
                            + " positive, not " + out[j]);
                }
            }
            return out;
        }

        private String forGroup(int row) {
            return groupColumn == null ? "" : " for group '" + text(groupColumn, row) + "'";
        }

        private String text(String column, int row) {
            String cell = data.column(column).text(row);
            return cell == null || cell.isBlank() ? null : cell.trim();
        }

        /** The cell's number; NaN when empty and allowed to be. */
        private double number(String column, int row, long line, boolean required) throws DataFormatException {
            DataColumn c = data.column(column);
            String cell = text(column, row);
            if (cell == null) {
                if (required) {
                    throw new DataFormatException(file, line, column, "the cell is empty");
                }
                return Double.NaN;
            }
            double value = c.value(row);
            if (Double.isNaN(value)) {
                throw new DataFormatException(file, line, c.name(), "'" + cell + "' is not a number");
            }
            return value;
        }

        /** What one group's rows say. */
        private final class Block {
            long n = -1;
            long nLine;
            double[] means;
            double[] sds;
            MatrixKind kind;
            long kindLine;
            final double[][] cells = new double[variables.size()][];
            final long[] lines = new long[variables.size()];

            void n(int row, long line) throws DataFormatException {
                if (n >= 0) {
                    throw new DataFormatException(file, line, rowType, "a second N row" + forGroup(row));
                }
                long common = -1;
                String first = null;
                for (String variable : variables) {
                    double value = number(variable, row, line, false);
                    if (Double.isNaN(value)) {
                        continue;
                    }
                    if (value != Math.rint(value) || value < 2) {
                        throw new DataFormatException(file, line, variable, "the number of cases must be a whole"
                                + " number of at least 2, not " + format(value));
                    }
                    if (common >= 0 && (long) value != common) {
                        throw new DataFormatException(file, line, variable, "the number of cases differs between"
                                + " variables (" + first + ": " + common + ", " + variable + ": " + (long) value
                                + "); estimation from a matrix needs one number of cases (listwise)");
                    }
                    common = (long) value;
                    first = first == null ? variable : first;
                }
                if (common < 0) {
                    throw new DataFormatException(file, line, rowType, "the N row gives no number of cases");
                }
                n = common;
                nLine = line;
            }

            void matrixRow(MatrixKind rowKind, int row, long line) throws DataFormatException {
                if (kind != null && kind != rowKind) {
                    throw new DataFormatException(file, line, rowType, "a " + rowKind.rowType() + " row after "
                            + kind.rowType() + " rows (line " + kindLine + ")" + forGroup(row)
                            + ": a matrix is either covariances or correlations");
                }
                if (kind == null) {
                    kind = rowKind;
                    kindLine = line;
                }
                if (variableColumn == null) {
                    throw new DataFormatException(file, line, rowType, "a " + rowKind.rowType() + " row needs a '"
                            + VARIABLE_COLUMN + "' column naming its variable");
                }
                String variable = text(variableColumn, row);
                int i = variable == null ? -1 : variables.indexOf(variable);
                if (i < 0) {
                    throw new DataFormatException(file, line, variableColumn, variable == null
                            ? "the matrix row names no variable"
                            : "'" + variable + "' is not one of the variable columns (" + String.join(", ", variables)
                                    + ")");
                }
                if (cells[i] != null) {
                    throw new DataFormatException(file, line, variableColumn, "a second matrix row for '" + variable
                            + "' (the first is on line " + lines[i] + ")" + forGroup(row));
                }
                cells[i] = new double[variables.size()];
                lines[i] = line;
                for (int j = 0; j < variables.size(); j++) {
                    cells[i][j] = number(variables.get(j), row, line, false);
                }
            }

            GroupMatrix finish(String group) throws DataFormatException {
                String where = group.isEmpty() ? "" : " for group '" + group + "'";
                if (n < 0) {
                    throw new DataFormatException(file, 0, null, "no N row" + where
                            + ": estimation from a matrix needs the number of cases");
                }
                if (kind == null) {
                    throw new DataFormatException(file, 0, null, "no CORR or COV rows" + where);
                }
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i] == null) {
                        throw new DataFormatException(file, 0, variables.get(i), "the matrix has no row for '"
                                + variables.get(i) + "'" + where);
                    }
                }
                double[][] full = symmetric(where);
                if (kind == MatrixKind.COVARIANCE && sds != null) {
                    for (int i = 0; i < full.length; i++) {
                        double root = Math.sqrt(full[i][i]);
                        if (Math.abs(root - sds[i]) > SD_TOLERANCE * Math.max(1, root)) {
                            throw new DataFormatException(file, lines[i], variables.get(i), "the STDDEV "
                                    + format(sds[i]) + " does not match the variance "
                                    + format(full[i][i]) + " (its square root is "
                                    + format(root) + ")" + where);
                        }
                    }
                }
                return new GroupMatrix(group, n, variables, kind, full, means, sds);
            }

            private double[][] symmetric(String where) throws DataFormatException {
                int p = variables.size();
                double[][] full = new double[p][p];
                for (int i = 0; i < p; i++) {
                    double diagonal = cells[i][i];
                    if (Double.isNaN(diagonal)) {
                        throw new DataFormatException(file, lines[i], variables.get(i), "the diagonal is empty" + where);
                    }
                    if (kind == MatrixKind.CORRELATION && Math.abs(diagonal - 1) > UNIT_DIAGONAL_TOLERANCE) {
                        throw new DataFormatException(file, lines[i], variables.get(i), "a correlation matrix has 1 on"
                                + " its diagonal, not " + format(diagonal) + where);
                    }
                    if (kind == MatrixKind.COVARIANCE && !(diagonal > 0)) {
                        throw new DataFormatException(file, lines[i], variables.get(i), "a variance must be positive,"
                                + " not " + format(diagonal) + where);
                    }
                    full[i][i] = kind == MatrixKind.CORRELATION ? 1 : diagonal;
                    for (int j = 0; j < i; j++) {
                        double lower = cells[i][j];
                        double upper = cells[j][i];
                        if (Double.isNaN(lower) && Double.isNaN(upper)) {
                            throw new DataFormatException(file, lines[i], variables.get(j), "no value for ("
                                    + variables.get(i) + ", " + variables.get(j) + ") in either triangle" + where);
                        }
                        if (!Double.isNaN(lower) && !Double.isNaN(upper) && Math.abs(lower - upper)
                                > SYMMETRY_TOLERANCE * Math.max(1, Math.max(Math.abs(lower), Math.abs(upper)))) {
                            throw new DataFormatException(file, lines[i], variables.get(j), "the matrix is not"
                                    + " symmetric: (" + variables.get(i) + ", " + variables.get(j) + ") is "
                                    + format(lower) + " but (" + variables.get(j) + ", " + variables.get(i)
                                    + ") on line " + lines[j] + " is " + format(upper) + where);
                        }
                        double value = Double.isNaN(lower) ? upper : lower;
                        if (kind == MatrixKind.CORRELATION && Math.abs(value) > 1) {
                            throw new DataFormatException(file, Double.isNaN(lower) ? lines[j] : lines[i],
                                    Double.isNaN(lower) ? variables.get(i) : variables.get(j), "a correlation lies"
                                            + " between −1 and 1, not " + format(value) + where);
                        }
                        full[i][j] = value;
                        full[j][i] = value;
                    }
                }
                return full;
            }
        }
    }
}
