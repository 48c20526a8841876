package org.synergos.data;

import java.util.List;

/**
 * The missing values a file declares for a column (SPSS user-missing values, Stata's extended missing
 * values .a to .z): discrete codes, compared as text and, for numbers, numerically, and closed numeric
 * ranges. A cell that matches is missing for every analysis, while its raw value stays readable through
 * {@link DataColumn#rawText(int)} and {@link DataColumn#isDeclaredMissing(int)}.
 */
public final class MissingValues {

    /** No declared missing values. */
    public static final MissingValues NONE = new MissingValues(List.of(), List.of(), false);

    private final List<String> codes;
    private final List<Range> ranges;
    private final boolean textOnly;

    private MissingValues(List<String> codes, List<Range> ranges, boolean textOnly) {
        this.codes = List.copyOf(codes);
        this.ranges = List.copyOf(ranges);
        this.textOnly = textOnly;
    }

    /** Discrete codes (as the cells are written) and ranges; either list may be empty. */
    public static MissingValues of(List<String> codes, List<Range> ranges) {
        return codes.isEmpty() && ranges.isEmpty() ? NONE : new MissingValues(codes, ranges, false);
    }

    /** Codes of a string column, matched as text only (a code {@code "1"} does not match a cell {@code "1.0"}). */
    public static MissingValues ofText(List<String> codes) {
        return codes.isEmpty() ? NONE : new MissingValues(codes, List.of(), true);
    }

    /** True when the codes are matched as text only. */
    public boolean isTextOnly() {
        return textOnly;
    }

    public List<String> codes() {
        return codes;
    }

    public List<Range> ranges() {
        return ranges;
    }

    public boolean isEmpty() {
        return codes.isEmpty() && ranges.isEmpty();
    }

    /** True when the cell (as text, {@code null} = already missing) is one of the declared missing values. */
    public boolean matches(String cell) {
        if (cell == null || isEmpty()) {
            return false;
        }
        if (codes.contains(cell)) {
            return true;
        }
        if (textOnly) {
            return false;
        }
        double value = NumberCells.parse(cell);
        if (Double.isNaN(value)) {
            return false;
        }
        for (String code : codes) {
            if (NumberCells.parse(code) == value) {
                return true;
            }
        }
        for (Range range : ranges) {
            if (range.contains(value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MissingValues that && codes.equals(that.codes) && ranges.equals(that.ranges)
                && textOnly == that.textOnly;
    }

    @Override
    public int hashCode() {
        return (codes.hashCode() * 31 + ranges.hashCode()) * 31 + Boolean.hashCode(textOnly);
    }

    @Override
    public String toString() {
        return "missing " + codes + (ranges.isEmpty() ? "" : " " + ranges);
    }

    /**
     * A closed range of numeric missing values; an open end is {@link Double#NEGATIVE_INFINITY} or
     * {@link Double#POSITIVE_INFINITY} (SPSS's LOWEST and HIGHEST).
     */
    public record Range(double low, double high) {
        public Range {
            if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
                throw new IllegalArgumentException("missing-value range " + low + " THRU " + high + " is empty");
            }
        }

        public boolean contains(double value) {
            return value >= low && value <= high;
        }
    }
}
