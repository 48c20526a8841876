package org.synergos.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rectangular data set as read from a file: named columns, rows in file order, and for every row the
 * line of the source file it came from (so messages can point users to the exact line).
 */
public final class Dataset {

    private final String name;
    private final Path source;
    private final Map<String, DataColumn> columns;
    private final long[] sourceLines;

    private Dataset(String name, Path source, Map<String, DataColumn> columns, long[] sourceLines) {
        this.name = name;
        this.source = source;
        this.columns = columns;
        this.sourceLines = sourceLines;
    }

    public String name() {
        return name;
    }

    /** The file the data came from, if any. */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    public int rowCount() {
        return sourceLines.length;
    }

    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    public List<DataColumn> columns() {
        return List.copyOf(columns.values());
    }

    public boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    /** The column of that name; fails with a message naming the data set and the known columns. */
    public DataColumn column(String column) {
        DataColumn found = columns.get(column);
        if (found == null) {
            throw new IllegalArgumentException(describe() + " has no column '" + column + "' (columns: "
                    + String.join(", ", columns.keySet()) + ")");
        }
        return found;
    }

    /**
     * The named columns as a row-major numeric matrix ({@link Double#NaN} = missing), for engines that
     * need numbers; a cell that is not a number is reported with file, line and column.
     */
    public double[][] numericRows(List<String> names) throws DataFormatException {
        double[][] rows = new double[rowCount()][names.size()];
        for (int c = 0; c < names.size(); c++) {
            DataColumn column = column(names.get(c));
            if (!column.isNumeric()) {
                DataColumn.NonNumericCell bad = column.firstNonNumeric().orElseThrow();
                throw new DataFormatException(file(), bad.line(), column.name(),
                        "'" + bad.content() + "' is not a number" + hintFor(bad.content()));
            }
            for (int r = 0; r < rows.length; r++) {
                double value = column.value(r);
                if (Math.abs(value) > LARGEST_VALUE) {
                    throw new DataFormatException(file(), sourceLine(r), column.name(), "the value " + value
                            + " is too large to compute with (sums of squares would overflow beyond 1e"
                            + Math.round(Math.log10(LARGEST_VALUE)) + "): rescale the column");
                }
                rows[r][c] = value;
            }
        }
        return rows;
    }

    /**
     * Beyond this magnitude, sums of squares and cross-products over a data set overflow a double (and
     * variances come out as zero or infinite), so such values are refused by name rather than misreported.
     */
    static final double LARGEST_VALUE = 1e100;

    private Path file() {
        return source != null ? source : Path.of(name);
    }

    /** Why a cell that looks numeric is not: a decimal comma, as spreadsheets write it in many locales. */
    private static String hintFor(String content) {
        return content.matches("[-+]?\\d*,\\d+") ? " (it has a decimal comma: save the file with '.' as the decimal"
                + " separator, as CSV requires)" : "";
    }

    /** Line in the source file of a row (1-based; the header is line 1). */
    public long sourceLine(int row) {
        return sourceLines[row];
    }

    /** "file.csv" or the data set's name, for messages. */
    public String describe() {
        return source != null ? source.getFileName().toString() : name;
    }

    /** Starts building a data set in memory (used by readers, generators and tests). */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Collects rows of text cells and classifies every column as numeric or not. */
    public static final class Builder {
        private final String name;
        private Path source;
        private final List<String> columnNames = new ArrayList<>();
        private final List<String[]> rows = new ArrayList<>();
        private final List<Long> lines = new ArrayList<>();
        private final Map<String, ColumnMetadata> metadata = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder source(Path file) {
            this.source = file;
            return this;
        }

        public Builder columns(List<String> names) {
            columnNames.clear();
            columnNames.addAll(names);
            return this;
        }

        /**
         * Attaches a file's metadata to a column (set the columns first). Cells matching its declared missing
         * values become missing when the data set is built; their raw text stays readable.
         */
        public Builder metadata(String column, ColumnMetadata columnMetadata) {
            if (!columnNames.contains(column)) {
                throw new IllegalArgumentException("no column '" + column + "' (columns: "
                        + String.join(", ", columnNames) + ")");
            }
            metadata.put(column, columnMetadata);
            return this;
        }

        /** Adds a row; {@code null} cells are missing. */
        public Builder row(long sourceLine, String... cells) {
            if (cells.length != columnNames.size()) {
                throw new IllegalArgumentException("line " + sourceLine + ": " + cells.length + " cells for "
                        + columnNames.size() + " columns");
            }
            rows.add(cells.clone());
            lines.add(sourceLine);
            return this;
        }

        /** Adds a numeric row ({@link Double#NaN} = missing), numbering lines as a CSV file with header would. */
        public Builder row(double... values) {
            String[] cells = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                cells[i] = Double.isNaN(values[i]) ? null : Double.toString(values[i]);
            }
            return row(rows.size() + 2L, cells);
        }

        public Dataset build() {
            int n = rows.size();
            Map<String, DataColumn> columns = new LinkedHashMap<>();
            for (int c = 0; c < columnNames.size(); c++) {
                String[] text = new String[n];
                double[] values = new double[n];
                DataColumn.NonNumericCell firstBad = null;
                ColumnMetadata columnMetadata = metadata.getOrDefault(columnNames.get(c), ColumnMetadata.NONE);
                MissingValues declared = columnMetadata.missingValues();
                String[] raw = null;
                for (int r = 0; r < n; r++) {
                    String cell = rows.get(r)[c];
                    if (declared.matches(cell)) {
                        if (raw == null) {
                            raw = new String[n];
                        }
                        raw[r] = cell;
                        cell = null;
                    }
                    text[r] = cell;
                    values[r] = NumberCells.parse(cell);
                    if (cell != null && Double.isNaN(values[r]) && firstBad == null) {
                        firstBad = new DataColumn.NonNumericCell(r, lines.get(r), cell);
                    }
                }
                columns.put(columnNames.get(c),
                        new DataColumn(columnNames.get(c), text, values, firstBad, columnMetadata, raw));
            }
            long[] sourceLines = lines.stream().mapToLong(Long::longValue).toArray();
            return new Dataset(name, source, Collections.unmodifiableMap(columns), sourceLines);
        }
    }
}
