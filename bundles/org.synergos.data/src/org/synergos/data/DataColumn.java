package org.synergos.data;

import java.util.Arrays;
import java.util.Optional;

/**
 * One column of a {@link Dataset}. Numeric cells are kept as doubles ({@link Double#NaN} = missing);
 * the raw text is kept too, so a column that is not numeric everywhere loses nothing and an engine
 * that needs numbers can say exactly which cell is wrong.
 */
public final class DataColumn {

    private final String name;
    private final String[] text;
    private final double[] values;
    private final NonNumericCell firstNonNumeric;
    private final ColumnMetadata metadata;
    /** The cells as read before declared missing values were removed; {@code null} when none were. */
    private final String[] raw;

    DataColumn(String name, String[] text, double[] values, NonNumericCell firstNonNumeric) {
        this(name, text, values, firstNonNumeric, ColumnMetadata.NONE, null);
    }

    DataColumn(String name, String[] text, double[] values, NonNumericCell firstNonNumeric, ColumnMetadata metadata,
            String[] raw) {
        this.name = name;
        this.text = text;
        this.values = values;
        this.firstNonNumeric = firstNonNumeric;
        this.metadata = metadata;
        this.raw = raw;
    }

    /** The file's labels, declared missing values and type for this column ({@link ColumnMetadata#NONE} for CSV). */
    public ColumnMetadata metadata() {
        return metadata;
    }

    /**
     * The cell as the file holds it, even when it is a declared missing value (then {@link #text(int)} is
     * {@code null}); {@code null} only for a cell that is missing in the file itself (empty, system-missing).
     */
    public String rawText(int row) {
        return raw != null && raw[row] != null ? raw[row] : text[row];
    }

    /** True when the cell holds one of the column's declared missing values (and is therefore missing). */
    public boolean isDeclaredMissing(int row) {
        return raw != null && raw[row] != null && text[row] == null;
    }

    /** The label of the cell's value (declared missing values included), if the file labels it. */
    public java.util.Optional<String> valueLabel(int row) {
        String cell = rawText(row);
        return cell == null ? java.util.Optional.empty() : metadata.valueLabel(cell);
    }

    public String name() {
        return name;
    }

    /** Number of rows. */
    public int size() {
        return values.length;
    }

    /** True when every non-missing cell is a finite number. */
    public boolean isNumeric() {
        return firstNonNumeric == null;
    }

    /** The first cell that is neither missing nor a finite number, if any. */
    public Optional<NonNumericCell> firstNonNumeric() {
        return Optional.ofNullable(firstNonNumeric);
    }

    /** Numeric value of a row, {@link Double#NaN} when missing or not a number. */
    public double value(int row) {
        return values[row];
    }

    /** A copy of all values ({@link Double#NaN} = missing or not a number). */
    public double[] values() {
        return values.clone();
    }

    /** The cell as read, or {@code null} when missing. */
    public String text(int row) {
        return text[row];
    }

    public boolean isMissing(int row) {
        return text[row] == null;
    }

    /** Number of missing cells. */
    public int missingCount() {
        return (int) Arrays.stream(text).filter(t -> t == null).count();
    }

    /** A cell that could not be read as a number: where it is and what it holds. */
    public record NonNumericCell(int row, long line, String content) {
    }
}
