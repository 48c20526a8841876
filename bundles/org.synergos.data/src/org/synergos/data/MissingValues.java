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
    public static final MissingValues NONE = new MissingValues(List.of(), List.of());

    private final List<String> codes;
    private final List<Range> ranges;

    private MissingValues(List<String> codes, List<Range> ranges) {
        this.codes = List.copyOf(codes);
        this.ranges = List.copyOf(ranges);
    }

    /** Discrete codes (as the cells are written) and ranges; either list may be empty. */
    public static MissingValues of(List<String> codes, List<Range> ranges) {
        return codes.isEmpty() && ranges.isEmpty() ? NONE : new MissingValues(codes, ranges);
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
        return other instanceof MissingValues that && codes.equals(that.codes) && ranges.equals(that.ranges);
    }

    @Override
    public int hashCode() {
        return codes.hashCode() * 31 + ranges.hashCode();
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
