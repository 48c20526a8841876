package org.synergos.analysis.contribution.internal;

import org.synergos.model.Framework;
import org.synergos.model.ReportedStatistic;
import org.synergos.model.StructuralPath;

/** The β a paper reports for a path ({@code ReportedStatistic} "beta" on the path), for comparison. */
final class Reported {

    private final Framework framework;

    Reported(Framework framework) {
        this.framework = framework;
    }

    double beta(StructuralPath path) {
        for (ReportedStatistic statistic : framework.getReportedStatistics()) {
            if (statistic.getSubject() == path && "beta".equals(statistic.getStatistic())) {
                return statistic.getValue();
            }
        }
        return Double.NaN;
    }
}
