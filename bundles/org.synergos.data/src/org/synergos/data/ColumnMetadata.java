package org.synergos.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a statistics file says about a column beyond its cells (SPSS, Stata): a variable label, value
 * labels (code as the cells are written, e.g. {@code "1"} or {@code "m"}, to label), the declared missing
 * values, the measurement level, and the file's own storage type (e.g. {@code "F8.2"}, {@code "A300"},
 * {@code "double"}, {@code "str12"}, {@code "strL"}). CSV and XLSX columns have {@link #NONE}.
 */
public final class ColumnMetadata {

    /** The measurement level SPSS records for a variable. */
    public enum Measure {
        NOMINAL, ORDINAL, SCALE
    }

    /** Nothing known beyond the cells. */
    public static final ColumnMetadata NONE = builder().build();

    private final String label;
    private final Map<String, String> valueLabels;
    private final MissingValues missingValues;
    private final Measure measure;
    private final String storageType;

    private ColumnMetadata(Builder builder) {
        this.label = builder.label;
        this.valueLabels = Collections.unmodifiableMap(new LinkedHashMap<>(builder.valueLabels));
        this.missingValues = builder.missingValues;
        this.measure = builder.measure;
        this.storageType = builder.storageType;
    }

    /** The variable label, if the file has one. */
    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    /** Value labels in file order: code (as the column's cells are written) to label. */
    public Map<String, String> valueLabels() {
        return valueLabels;
    }

    /** The label of a code, if any. */
    public Optional<String> valueLabel(String code) {
        return Optional.ofNullable(valueLabels.get(code));
    }

    public MissingValues missingValues() {
        return missingValues;
    }

    public Optional<Measure> measure() {
        return Optional.ofNullable(measure);
    }

    /** The storage or display type the file declares, if any. */
    public Optional<String> storageType() {
        return Optional.ofNullable(storageType);
    }

    public boolean isEmpty() {
        return label == null && valueLabels.isEmpty() && missingValues.isEmpty() && measure == null
                && storageType == null;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "ColumnMetadata[label=" + label + ", valueLabels=" + valueLabels + ", " + missingValues + ", measure="
                + measure + ", type=" + storageType + "]";
    }

    /** Collects a column's metadata. */
    public static final class Builder {
        private String label;
        private final Map<String, String> valueLabels = new LinkedHashMap<>();
        private MissingValues missingValues = MissingValues.NONE;
        private Measure measure;
        private String storageType;

        private Builder() {
        }

        public Builder label(String text) {
            this.label = text == null || text.isEmpty() ? null : text;
            return this;
        }

        /** Adds a value label; a later label for the same code replaces the earlier one. */
        public Builder valueLabel(String code, String text) {
            valueLabels.put(code, text);
            return this;
        }

        public Builder missingValues(MissingValues values) {
            this.missingValues = values == null ? MissingValues.NONE : values;
            return this;
        }

        public Builder measure(Measure level) {
            this.measure = level;
            return this;
        }

        public Builder storageType(String type) {
            this.storageType = type;
            return this;
        }

        public ColumnMetadata build() {
            return new ColumnMetadata(this);
        }
    }
}
