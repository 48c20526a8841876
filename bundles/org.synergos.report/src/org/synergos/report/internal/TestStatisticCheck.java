package org.synergos.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.synergos.model.Identified;
import org.synergos.model.ReportedStatistic;
import org.synergos.model.StructuralPath;

import static org.synergos.report.internal.ConsistencyCheck.number;

/**
 * Check (a), t, p and β against each other, per subject (a path or a mediation):
 * <ul>
 * <li>p against t: the two-sided p of |t| from Student's t with df = n − k − 1 (n the reported sample size when the
 * model reports exactly one, k the predictors of the path's target in the model), else from the standard normal
 * (as statcheck does for z, and as bootstrap t values are read). Both values carry their rounding: p is
 * consistent when some t within half a unit of the reported t gives a p within half a unit of the reported p.
 * A reported {@code p_below} threshold (p &lt; .01) is consistent when some such t gives a p below it.</li>
 * <li>β against t: the implied standard error SE = β / t must be positive (β and t of the same sign, t ≠ 0) and
 * below 1 (a standardised coefficient with SE ≥ 1 is not a result); a reported {@code se} must equal β / t within
 * the rounding of β, t and se (first-order propagation).</li>
 * </ul>
 */
final class TestStatisticCheck implements ConsistencyCheck {

    static final String NAME = "t, p and β";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<CheckFinding> check(Reported reported) {
        List<CheckFinding> findings = new ArrayList<>();
        Set<Identified> subjects = new LinkedHashSet<>();
        reported.named(ReportedVocabulary.T).forEach(s -> subjects.add(s.getSubject()));
        subjects.remove(null);
        for (Identified subject : subjects) {
            ReportedStatistic t = reported.of(subject, ReportedVocabulary.T).orElseThrow();
            String label = Reported.subjectOf(t);
            Optional<Integer> df = df(reported, subject);
            RealDistribution distribution = distribution(df);
            String reference = df.map(d -> "t(" + d + ")").orElse("the standard normal");
            double absT = Math.abs(t.getValue());
            double ht = Printed.halfUnit(t);
            double pLow = twoSided(distribution, absT + ht);
            double pHigh = twoSided(distribution, Math.max(0, absT - ht));
            double pAtT = twoSided(distribution, absT);
            reported.of(subject, ReportedVocabulary.P).ifPresent(p -> {
                double hp = Printed.halfUnit(p);
                boolean consistent = p.getValue() + hp >= pLow && p.getValue() - hp <= pHigh;
                findings.add(new CheckFinding(NAME, label, consistent, "two-sided p of t = " + Printed.text(t.getValue())
                        + " from " + reference + " is " + number(pAtT) + " (" + number(pLow) + " to " + number(pHigh)
                        + " over t's rounding); reported p = " + Printed.text(p.getValue()), List.of(t, p)));
            });
            reported.of(subject, ReportedVocabulary.P_BELOW).ifPresent(p -> {
                boolean consistent = pLow < p.getValue();
                findings.add(new CheckFinding(NAME, label, consistent, "two-sided p of t = " + Printed.text(t.getValue())
                        + " from " + reference + " is " + number(pAtT) + "; reported p < " + Printed.text(p.getValue()),
                        List.of(t, p)));
            });
            reported.of(subject, ReportedVocabulary.BETA).ifPresent(beta -> {
                double se = t.getValue() == 0 ? Double.POSITIVE_INFINITY : beta.getValue() / t.getValue();
                boolean consistent = se > 0 && se < 1;
                findings.add(new CheckFinding(NAME, label, consistent, "implied SE = β / t = "
                        + Printed.text(beta.getValue()) + " / " + Printed.text(t.getValue()) + " = " + number(se)
                        + (consistent ? " (positive, below 1)" : se <= 0 ? " (not positive)" : " (1 or more)"),
                        List.of(beta, t)));
                reported.of(subject, ReportedVocabulary.SE).ifPresent(reportedSe -> {
                    double tolerance = Printed.halfUnit(reportedSe) + Printed.halfUnit(beta) / absT
                            + Math.abs(beta.getValue()) / (absT * absT) * ht;
                    boolean same = Math.abs(se - reportedSe.getValue()) <= tolerance;
                    findings.add(new CheckFinding(NAME, label, same, "implied SE = β / t = " + number(se)
                            + "; reported SE = " + Printed.text(reportedSe.getValue()) + " (tolerance " + number(tolerance)
                            + ")", List.of(beta, t, reportedSe)));
                });
            });
        }
        return findings;
    }

    /** n − k − 1 when the model reports one sample size and the subject is a path; empty otherwise. */
    static Optional<Integer> df(Reported reported, Identified subject) {
        List<Double> sizes = reported.named(ReportedVocabulary.N).stream().map(ReportedStatistic::getValue).distinct()
                .toList();
        if (sizes.size() != 1 || !(subject instanceof StructuralPath path) || path.getTarget() == null) {
            return Optional.empty();
        }
        long df = Math.round(sizes.get(0)) - reported.pathsInto(path.getTarget()).size() - 1;
        return df > 0 ? Optional.of((int) df) : Optional.empty();
    }

    /** The two-sided p of {@code t}: Student's t with {@code df}, the standard normal without. */
    static double pValue(double t, Optional<Integer> df) {
        return twoSided(distribution(df), Math.abs(t));
    }

    private static RealDistribution distribution(Optional<Integer> df) {
        return df.<RealDistribution>map(d -> new TDistribution(null, d)).orElseGet(() -> new NormalDistribution(null, 0, 1));
    }

    private static double twoSided(RealDistribution distribution, double absT) {
        return 2 * distribution.cumulativeProbability(-absT);
    }
}
