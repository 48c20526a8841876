package org.synergos.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.synergos.model.ReportedStatistic;
import org.synergos.model.StructuralPath;

/**
 * Check (d), n against the degrees of freedom and the other sample sizes: every reported {@code n} is taken as
 * the size of the model's one sample, so two different values are flagged, citing both; a reported {@code df} on a
 * path must equal n − k − 1 (k the predictors of its target in the model); n must reach a reported
 * {@code minimum_sample_size} (a power analysis).
 */
final class SampleSizeCheck implements ConsistencyCheck {

    static final String NAME = "n and df";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<CheckFinding> check(Reported reported) {
        List<CheckFinding> findings = new ArrayList<>();
        List<ReportedStatistic> sizes = reported.named(ReportedVocabulary.N);
        for (int i = 0; i < sizes.size(); i++) {
            for (int j = i + 1; j < sizes.size(); j++) {
                ReportedStatistic a = sizes.get(i);
                ReportedStatistic b = sizes.get(j);
                boolean same = a.getValue() == b.getValue();
                findings.add(new CheckFinding(NAME, "sample", same, "sample sizes " + Printed.text(a.getValue())
                        + (same ? " and " : " ≠ ") + Printed.text(b.getValue()) + " reported for the same sample",
                        List.of(a, b)));
            }
        }
        if (sizes.isEmpty()) {
            return findings;
        }
        ReportedStatistic n = sizes.get(0);
        for (ReportedStatistic df : reported.named(ReportedVocabulary.DF)) {
            if (df.getSubject() instanceof StructuralPath path && path.getTarget() != null) {
                int k = reported.pathsInto(path.getTarget()).size();
                double expected = n.getValue() - k - 1;
                findings.add(new CheckFinding(NAME, Reported.subjectOf(df), df.getValue() == expected,
                        "df should be n − k − 1 = " + Printed.text(n.getValue()) + " − " + k + " − 1 = "
                                + Printed.text(expected) + "; reported df = " + Printed.text(df.getValue()),
                        List.of(df, n)));
            }
        }
        for (ReportedStatistic minimum : reported.named(ReportedVocabulary.MINIMUM_SAMPLE_SIZE)) {
            for (ReportedStatistic size : sizes) {
                boolean enough = size.getValue() >= minimum.getValue();
                findings.add(new CheckFinding(NAME, "sample", enough, "n = " + Printed.text(size.getValue())
                        + (enough ? " reaches" : " is below") + " the reported minimum sample size "
                        + Printed.text(minimum.getValue()), List.of(size, minimum)));
            }
        }
        return findings;
    }
}
