package org.synergos.report.internal;

import java.util.List;

import org.synergos.model.ReportedStatistic;

/**
 * A statcheck-style check of reported statistics against each other (no engine needed). Each check returns one
 * finding per comparison it could make, consistent or not, citing the reported statistics it rests on.
 */
interface ConsistencyCheck {

    /** "t, p and β", shown in the report's Check column. */
    String name();

    List<CheckFinding> check(Reported reported);

    /**
     * @param check the check's name
     * @param subject what the comparison is about ("H2", "DT", "sample")
     * @param consistent whether the reported values can be true together, given their printed decimals
     * @param text what was compared, with the numbers
     * @param cited the reported statistics compared, each cited with its source text
     */
    record CheckFinding(String check, String subject, boolean consistent, String text, List<ReportedStatistic> cited) {

        public CheckFinding {
            cited = List.copyOf(cited);
        }

        String citation() {
            StringBuilder text = new StringBuilder();
            for (ReportedStatistic statistic : cited) {
                text.append(text.isEmpty() ? "" : "; ").append(Reported.cite(statistic));
            }
            return text.toString();
        }
    }

    /** Fixed to 4 decimals with a dot, for the findings' texts. */
    static String number(double value) {
        return org.synergos.analysis.api.format.CellText.fixed(value, 4);
    }
}
