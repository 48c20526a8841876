package org.synergos.data;

/**
 * How readers of binary statistics files (SPSS, Stata) write a number as a cell's text, so that cells,
 * value-label codes and missing-value codes agree: integers without a decimal point ({@code "3"}), others
 * as the shortest decimal that reads back to the same double ({@code "23.5"}).
 */
public final class NumericText {

    private static final double EXACT_INTEGERS = 9007199254740992.0; // 2^53

    private NumericText() {
    }

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGERS) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
