package org.synergos.analysis.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A typed table: columns with units and number formats, rows of cells. A cell is a {@link Number}, a
 * {@link String} or {@code null} (empty / not applicable).
 *
 * @param id stable identifier within the result, e.g. {@code "descriptives"}
 * @param title caption, e.g. "Descriptive statistics of the indicators"
 * @param columns column definitions
 * @param rows cells, one list per row, as many cells as columns
 * @param notes table notes (e.g. "N = 314; listwise deletion")
 */
public record ResultTable(String id, String title, List<ResultColumn> columns, List<List<Object>> rows,
        List<String> notes) {

    public ResultTable {
        Objects.requireNonNull(id, "id");
        title = title == null ? id : title;
        columns = List.copyOf(columns);
        List<List<Object>> copies = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table '" + id + "' row " + (r + 1) + " has " + row.size()
                        + " cells for " + columns.size() + " columns");
            }
            List<Object> cells = new ArrayList<>(row.size());
            for (Object cell : row) {
                cells.add(normalise(cell));
            }
            copies.add(Collections.unmodifiableList(cells));
        }
        rows = Collections.unmodifiableList(copies);
        notes = List.copyOf(notes);
    }

    /** Undefined numbers (NaN, infinities) become empty cells, so JSON stays standard and readers agree. */
    private static Object normalise(Object cell) {
        if (cell instanceof Double d && !Double.isFinite(d) || cell instanceof Float f && !Float.isFinite(f)) {
            return null;
        }
        return cell;
    }

    public int columnIndex(String columnId) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(columnId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table '" + id + "' has no column '" + columnId + "'");
    }

    /** The cell in the first row whose first cell equals {@code rowKey}. */
    public Object cell(String rowKey, String columnId) {
        int column = columnIndex(columnId);
        for (List<Object> row : rows) {
            if (rowKey.equals(row.get(0))) {
                return row.get(column);
            }
        }
        throw new IllegalArgumentException("table '" + id + "' has no row '" + rowKey + "'");
    }

    /** The numeric cell in the row keyed {@code rowKey}; NaN when empty. */
    public double number(String rowKey, String columnId) {
        Object cell = cell(rowKey, columnId);
        return cell instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** Builds a table column by column, then row by row. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final List<ResultColumn> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder column(ResultColumn column) {
            columns.add(column);
            return this;
        }

        public Builder row(Object... cells) {
            rows.add(java.util.Arrays.asList(cells.clone()));
            return this;
        }

        public Builder row(List<Object> cells) {
            rows.add(new ArrayList<>(cells));
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public ResultTable build() {
            return new ResultTable(id, title, columns, rows, notes);
        }
    }
}
