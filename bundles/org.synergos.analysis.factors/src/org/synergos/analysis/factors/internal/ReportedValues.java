package org.synergos.analysis.factors.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.synergos.model.Framework;
import org.synergos.model.Index;
import org.synergos.model.ReportedStatistic;
import org.synergos.model.SummaryStatistics;

/**
 * Statistics a paper reports for model elements, for side-by-side comparison: an index's
 * {@code SummaryStatistics} (paper A, Table 2, as the examples store it) first, then
 * {@code ReportedStatistic}s on the element ({@code mean}, {@code sd}, {@code max}/{@code maximum},
 * {@code min}/{@code minimum}, {@code correlation_with_<code>}, …); subject-less statistics by name
 * (e.g. Harman's {@code first_factor_variance_percent}).
 */
final class ReportedValues {

    private final Map<EObject, Map<String, Double>> bySubject = new HashMap<>();
    private final Map<String, Double> withoutSubject = new HashMap<>();

    ReportedValues(Framework framework) {
        for (ReportedStatistic statistic : framework.getReportedStatistics()) {
            String name = canonical(statistic.getStatistic());
            if (statistic.getSubject() == null) {
                withoutSubject.putIfAbsent(name, statistic.getValue());
            } else {
                bySubject.computeIfAbsent(statistic.getSubject(), s -> new HashMap<>()).putIfAbsent(name,
                        statistic.getValue());
            }
        }
    }

    /** The reported value of {@code statistic} for {@code subject}, NaN when none. */
    double of(EObject subject, String statistic) {
        return bySubject.getOrDefault(subject, Map.of()).getOrDefault(statistic, Double.NaN);
    }

    double unattached(String statistic) {
        return withoutSubject.getOrDefault(statistic, Double.NaN);
    }

    /** An index's reported mean, SD, max and min: its summary, completed by reported statistics. */
    Summary summary(Index index) {
        SummaryStatistics s = index.getSummary();
        int count = s != null && s.getCount() != null ? s.getCount() : 0;
        return new Summary(count, pick(s == null ? null : s.getMean(), of(index, "mean")),
                pick(s == null ? null : s.getSd(), of(index, "sd")), pick(s == null ? null : s.getMax(), of(index, "max")),
                pick(s == null ? null : s.getMin(), of(index, "min")));
    }

    /** True when {@code computed}, rounded to the reported value's decimals, equals it. */
    static boolean agrees(double computed, double reported) {
        int decimals = Math.max(0, BigDecimal.valueOf(reported).stripTrailingZeros().scale());
        return BigDecimal.valueOf(computed).setScale(decimals, RoundingMode.HALF_UP)
                .compareTo(BigDecimal.valueOf(reported).setScale(decimals, RoundingMode.HALF_UP)) == 0;
    }

    private static double pick(Double field, double reported) {
        return field != null ? field : reported;
    }

    private static String canonical(String statistic) {
        String name = statistic == null ? "" : statistic.strip();
        return switch (name) {
            case "maximum" -> "max";
            case "minimum" -> "min";
            default -> name;
        };
    }
}
