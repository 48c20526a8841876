package org.synergos.analysis.changerange.internal;

import org.synergos.model.Index;

/**
 * One change of an index for one case: from a value to a later value (before → after collaborative
 * innovation, or one period to the next).
 *
 * @param index the index that changed
 * @param unit the case/unit the observations belong to ("" when the model names none)
 * @param from label of the earlier state ("before", or a canonical period such as {@code 2023-Q1})
 * @param to label of the later state
 * @param before the earlier value
 * @param after the later value
 */
record Step(Index index, String unit, String from, String to, double before, double after) {

    /** after − before. */
    double change() {
        return after - before;
    }

    /**
     * Signed change in percent of the earlier value, (after − before) / before × 100, as paper A's Table 1
     * prints it (18 → 12 months is −33.33). NaN when before is 0.
     */
    double percent() {
        return before == 0 ? Double.NaN : (after - before) / before * 100;
    }

    /**
     * Change relative to the midpoint of both values, ΔY / ((Y₁ + Y₂) / 2): the numerator or denominator of an
     * arc elasticity (Allen &amp; Lerner 1934). NaN when the midpoint is 0.
     */
    double midpointRate() {
        double midpoint = (before + after) / 2;
        return midpoint == 0 ? Double.NaN : (after - before) / midpoint;
    }

    /** The key matching steps of different indices: same case, same from and to. */
    String key() {
        return unit + "\u0000" + from + "\u0000" + to;
    }
}
