package org.synergos.analysis.changerange.internal;

import java.math.BigDecimal;
import java.util.Collection;

/** Decimals a column of raw observations needs to show every value as entered (0 for 750000, 2 for 63.25). */
final class Decimals {

    private static final int MAXIMUM = 4;

    private Decimals() {
    }

    static int needed(Collection<Double> values) {
        int decimals = 0;
        for (double value : values) {
            if (Double.isFinite(value)) {
                int scale = BigDecimal.valueOf(value).stripTrailingZeros().scale();
                decimals = Math.max(decimals, Math.min(MAXIMUM, scale));
            }
        }
        return decimals;
    }
}
