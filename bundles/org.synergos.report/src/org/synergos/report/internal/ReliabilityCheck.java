package org.synergos.report.internal;

import static org.synergos.report.internal.ConsistencyCheck.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.synergos.model.Construct;
import org.synergos.model.Indicator;
import org.synergos.model.ReportedStatistic;

/**
 * Check (c), α, CR and AVE against the loadings, per construct, with AVE = Σλ²/m and
 * CR = (Σλ)² / ((Σλ)² + Σ(1 − λ²)) (Fornell &amp; Larcker 1981; Hair et al., PLS-SEM primer, ch. 4):
 * <ul>
 * <li>range: AVE and CR within [0, 1], α at most 1;</li>
 * <li>with m, the construct's indicators in the model: (Σλ)² ≤ m·Σλ² (Cauchy–Schwarz) gives
 * CR ≤ m·AVE / (m·AVE + 1 − AVE), equality for equal loadings;</li>
 * <li>with every indicator's loading reported ({@code loading} on the indicator): AVE and CR recomputed from
 * them;</li>
 * <li>with the model-wide {@code minimum} and {@code maximum} of the outer loadings reported (subject label
 * "outer loadings"): AVE within [min², max²] and CR within [CR of m loadings all min, CR of m all max] (CR
 * increases with every loading).</li>
 * </ul>
 * α depends on the indicators' correlations, not on the loadings alone; it is checked for its range only.
 * Tolerances: the half units of the printed decimals, propagated to first order.
 */
final class ReliabilityCheck implements ConsistencyCheck {

    static final String NAME = "α, CR and AVE";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<CheckFinding> check(Reported reported) {
        List<CheckFinding> findings = new ArrayList<>();
        Optional<ReportedStatistic> minimum = unattached(reported, ReportedVocabulary.MINIMUM);
        Optional<ReportedStatistic> maximum = unattached(reported, ReportedVocabulary.MAXIMUM);
        for (Construct construct : reported.model().getConstructs()) {
            String code = DiagramText.code(construct);
            Optional<ReportedStatistic> alpha = reported.of(construct, ReportedVocabulary.CRONBACH_ALPHA);
            Optional<ReportedStatistic> cr = reported.of(construct, ReportedVocabulary.COMPOSITE_RELIABILITY);
            Optional<ReportedStatistic> ave = reported.of(construct, ReportedVocabulary.AVE);
            ave.ifPresent(a -> range(findings, code, a, 0, "AVE"));
            cr.ifPresent(c -> range(findings, code, c, 0, "CR"));
            alpha.ifPresent(a -> range(findings, code, a, Double.NEGATIVE_INFINITY, "α"));
            int m = construct.getIndicators().size();
            if (m > 0 && ave.isPresent() && cr.isPresent()) {
                double a = ave.get().getValue();
                double bound = m * a / (m * a + 1 - a);
                double slope = m / Math.pow(m * a + 1 - a, 2);
                double tolerance = Printed.halfUnit(cr.get()) + slope * Printed.halfUnit(ave.get());
                findings.add(new CheckFinding(NAME, code, cr.get().getValue() <= bound + tolerance,
                        "CR ≤ m·AVE / (m·AVE + 1 − AVE) with m = " + m + " indicators in the model: CR = "
                                + Printed.text(cr.get().getValue()) + ", bound " + number(bound) + " (tolerance "
                                + number(tolerance) + ")", List.of(cr.get(), ave.get())));
            }
            Map<Indicator, ReportedStatistic> loadings = reported.loadings(construct);
            if (m > 0 && loadings.size() == m) {
                fromLoadings(findings, code, List.copyOf(loadings.values()), ave, cr);
            }
            if (m > 0 && minimum.isPresent() && maximum.isPresent()) {
                fromBounds(findings, code, m, minimum.get(), maximum.get(), ave, cr);
            }
        }
        return findings;
    }

    private static Optional<ReportedStatistic> unattached(Reported reported, String name) {
        return reported.named(name).stream().filter(s -> s.getSubject() == null
                && ReportedVocabulary.OUTER_LOADINGS.equalsIgnoreCase(Reported.subjectOf(s))).findFirst();
    }

    private static void range(List<CheckFinding> findings, String code, ReportedStatistic statistic, double low,
            String what) {
        double value = statistic.getValue();
        boolean inside = value >= low && value <= 1;
        findings.add(new CheckFinding(NAME, code, inside, what + " = " + Printed.text(value)
                + (low == 0 ? " within [0, 1]" : " at most 1") + (inside ? "" : ": outside"), List.of(statistic)));
    }

    private static void fromLoadings(List<CheckFinding> findings, String code, List<ReportedStatistic> loadings,
            Optional<ReportedStatistic> ave, Optional<ReportedStatistic> cr) {
        int m = loadings.size();
        double sum = 0;
        double squares = 0;
        for (ReportedStatistic loading : loadings) {
            sum += loading.getValue();
            squares += loading.getValue() * loading.getValue();
        }
        double error = m - squares;
        double implied = squares / m;
        double composite = sum * sum / (sum * sum + error);
        double aveTolerance = 0;
        double crTolerance = 0;
        double denominator = Math.pow(sum * sum + error, 2);
        for (ReportedStatistic loading : loadings) {
            double h = Printed.halfUnit(loading);
            double l = loading.getValue();
            aveTolerance += 2 * Math.abs(l) * h / m;
            crTolerance += Math.abs(2 * sum * error + 2 * sum * sum * l) / denominator * h;
        }
        List<ReportedStatistic> cited = new ArrayList<>(loadings);
        double aveTotal = aveTolerance;
        ave.ifPresent(a -> {
            double tolerance = Printed.halfUnit(a) + aveTotal;
            List<ReportedStatistic> with = new ArrayList<>(List.of(a));
            with.addAll(cited);
            findings.add(new CheckFinding(NAME, code, Math.abs(a.getValue() - implied) <= tolerance,
                    "AVE = mean λ² of the " + m + " reported loadings = " + number(implied) + ", reported "
                            + Printed.text(a.getValue()) + " (tolerance " + number(tolerance) + ")", with));
        });
        double crTotal = crTolerance;
        cr.ifPresent(c -> {
            double tolerance = Printed.halfUnit(c) + crTotal;
            List<ReportedStatistic> with = new ArrayList<>(List.of(c));
            with.addAll(cited);
            findings.add(new CheckFinding(NAME, code, Math.abs(c.getValue() - composite) <= tolerance,
                    "CR = (Σλ)² / ((Σλ)² + Σ(1 − λ²)) of the " + m + " reported loadings = " + number(composite)
                            + ", reported " + Printed.text(c.getValue()) + " (tolerance " + number(tolerance) + ")",
                    with));
        });
    }

    private static void fromBounds(List<CheckFinding> findings, String code, int m, ReportedStatistic minimum,
            ReportedStatistic maximum, Optional<ReportedStatistic> ave, Optional<ReportedStatistic> cr) {
        double a = minimum.getValue();
        double b = maximum.getValue();
        ave.ifPresent(v -> {
            double tolerance = Printed.halfUnit(v) + 2 * Math.max(Math.abs(a), Math.abs(b))
                    * Math.max(Printed.halfUnit(minimum), Printed.halfUnit(maximum));
            boolean inside = v.getValue() >= a * a - tolerance && v.getValue() <= b * b + tolerance;
            findings.add(new CheckFinding(NAME, code, inside, "AVE within [min², max²] of the outer loadings = ["
                    + number(a * a) + ", " + number(b * b) + "]: AVE = " + Printed.text(v.getValue()) + " (tolerance "
                    + number(tolerance) + ")", List.of(v, minimum, maximum)));
        });
        cr.ifPresent(v -> {
            double low = equalLoadings(m, a);
            double high = equalLoadings(m, b);
            double tolerance = Printed.halfUnit(v) + Math.max(slope(m, a) * Printed.halfUnit(minimum),
                    slope(m, b) * Printed.halfUnit(maximum));
            boolean inside = v.getValue() >= low - tolerance && v.getValue() <= high + tolerance;
            findings.add(new CheckFinding(NAME, code, inside, "CR within the CR of " + m
                    + " loadings all at the minimum and all at the maximum = [" + number(low) + ", " + number(high)
                    + "]: CR = " + Printed.text(v.getValue()) + " (tolerance " + number(tolerance) + ")",
                    List.of(v, minimum, maximum)));
        });
    }

    /** CR of m indicators all loading λ: m·λ² / (m·λ² + 1 − λ²). */
    static double equalLoadings(int m, double loading) {
        double square = loading * loading;
        return m * square / (m * square + 1 - square);
    }

    private static double slope(int m, double loading) {
        double square = loading * loading;
        return 2 * m * Math.abs(loading) / Math.pow(m * square + 1 - square, 2);
    }
}
