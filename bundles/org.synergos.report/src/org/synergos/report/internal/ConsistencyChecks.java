package org.synergos.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;

/** Runs every {@link ConsistencyCheck} on a model's reported statistics and lays the findings out as a table. */
final class ConsistencyChecks {

    static final String TABLE_ID = "consistency-checks";
    static final String CONSISTENT = "consistent";
    static final String INCONSISTENT = "inconsistent";

    /** The checks, in the order the table lists their findings. */
    static final List<ConsistencyCheck> CHECKS = List.of(new TestStatisticCheck(), new SinglePredictorCheck(),
            new ReliabilityCheck(), new SampleSizeCheck());

    private ConsistencyChecks() {
    }

    static List<ConsistencyCheck.CheckFinding> findings(Reported reported) {
        List<ConsistencyCheck.CheckFinding> findings = new ArrayList<>();
        for (ConsistencyCheck check : CHECKS) {
            findings.addAll(check.check(reported));
        }
        return findings;
    }

    static ResultTable table(List<ConsistencyCheck.CheckFinding> findings) {
        ResultTable.Builder table = ResultTable.builder(TABLE_ID, "Consistency of the reported statistics")
                .column(ResultColumn.text("check", "Check")).column(ResultColumn.text("subject", "Subject"))
                .column(ResultColumn.text("result", "Result")).column(ResultColumn.text("finding", "Finding"))
                .column(ResultColumn.text("cited", "Reported statistics (source)"));
        for (ConsistencyCheck.CheckFinding finding : findings) {
            table.row(finding.check(), finding.subject(), finding.consistent() ? CONSISTENT : INCONSISTENT,
                    finding.text(), finding.citation());
        }
        long inconsistent = findings.stream().filter(f -> !f.consistent()).count();
        return table.note("Checks of the reported values against each other, without data (statcheck-style): t, p "
                + "and β (p two-sided from t, df = n − k − 1 when one n is reported, else normal; SE = β/t positive "
                + "and below 1); β = r and R² = r² = β² on a single-predictor path, R² = Σβ·r with several; AVE and "
                + "CR from the loadings and CR ≤ m·AVE/(m·AVE + 1 − AVE); one sample size, df = n − k − 1. "
                + "Tolerances: half a unit of each value's last printed decimal, propagated to first order.")
                .note(inconsistent + " of " + findings.size() + " comparisons are inconsistent.").build();
    }
}
