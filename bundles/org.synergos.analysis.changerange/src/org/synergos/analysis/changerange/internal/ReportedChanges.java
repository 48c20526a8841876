package org.synergos.analysis.changerange.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.synergos.model.Framework;
import org.synergos.model.Index;
import org.synergos.model.ReportedStatistic;

/**
 * Change percentages a paper reports for the model's indices ({@code ReportedStatistic} with statistic
 * {@code change_percent} on an index), compared with the recomputed value at the reported precision.
 */
final class ReportedChanges {

    static final String STATISTIC = "change_percent";

    private final Map<Index, ReportedStatistic> reported = new HashMap<>();

    ReportedChanges(Framework framework) {
        for (ReportedStatistic statistic : framework.getReportedStatistics()) {
            if (STATISTIC.equals(statistic.getStatistic()) && statistic.getSubject() instanceof Index index) {
                reported.putIfAbsent(index, statistic);
            }
        }
    }

    /** The reported change %, NaN when none. */
    double value(Index index) {
        ReportedStatistic statistic = reported.get(index);
        return statistic == null ? Double.NaN : statistic.getValue();
    }

    /** "matches", "differs (…)", or "" when nothing is reported or nothing was computed. */
    String check(Index index, double computed) {
        double value = value(index);
        if (Double.isNaN(value) || Double.isNaN(computed)) {
            return "";
        }
        int decimals = Math.max(0, BigDecimal.valueOf(value).stripTrailingZeros().scale());
        double rounded = BigDecimal.valueOf(computed).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
        return rounded == value ? "matches" : "differs (recomputed " + rounded + ")";
    }
}
