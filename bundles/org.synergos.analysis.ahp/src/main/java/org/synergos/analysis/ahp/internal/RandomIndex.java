package org.synergos.analysis.ahp.internal;

/**
 * Saaty's random consistency index RI: the mean consistency index of random reciprocal matrices of order n,
 * as tabulated in Saaty (1980), <i>The Analytic Hierarchy Process</i>, McGraw-Hill, p. 21 (the table
 * yaahp and most AHP texts use): 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 for n = 1 … 10.
 * Other tables (e.g. Alonso &amp; Lamata 2006) differ in the second decimal; orders beyond this table are refused.
 */
public final class RandomIndex {

    public static final String SOURCE = "Saaty (1980)";

    private static final double[] SAATY_1980 = { 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 };

    private RandomIndex() {
    }

    public static int maximumOrder() {
        return SAATY_1980.length;
    }

    /** RI of order n, 1 ≤ n ≤ {@link #maximumOrder()}. */
    public static double of(int n) {
        if (n < 1 || n > SAATY_1980.length) {
            throw new IllegalArgumentException("Saaty's (1980) random index covers n = 1 to " + SAATY_1980.length + ", not " + n);
        }
        return SAATY_1980[n - 1];
    }
}
