package org.synergos.report.internal;

import java.math.BigDecimal;

import org.synergos.model.ReportedStatistic;

/**
 * How precisely a reported value was printed. The model stores a reported value as a double, so its printed
 * decimals are those of the shortest decimal form of the stored value ({@code 0.650} is stored as 0.65 and
 * counts as two decimals, which widens, never narrows, the tolerance). A value printed with d decimals stands
 * for every number within half a unit of the last decimal: {@code 0.437} for [0.4365, 0.4375].
 */
final class Printed {

    private Printed() {
    }

    /** Decimals of the shortest decimal form of {@code value} (0 for integers). */
    static int decimals(double value) {
        if (!Double.isFinite(value)) {
            return 0;
        }
        return Math.max(0, BigDecimal.valueOf(value).stripTrailingZeros().scale());
    }

    /** Half a unit of the last printed decimal: 0.0005 for 0.437, 0.5 for 314. */
    static double halfUnit(double value) {
        return 0.5 * Math.pow(10, -decimals(value));
    }

    static double halfUnit(ReportedStatistic statistic) {
        return halfUnit(statistic.getValue());
    }

    /** The value as stored, in its shortest decimal form ("0.437", "314"). */
    static String text(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
