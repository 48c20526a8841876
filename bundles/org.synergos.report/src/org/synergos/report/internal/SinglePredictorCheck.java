package org.synergos.report.internal;

import static org.synergos.report.internal.ConsistencyCheck.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.synergos.model.Construct;
import org.synergos.model.ReportedStatistic;
import org.synergos.model.StructuralPath;

/**
 * Check (b), β against r and R². For a construct with exactly one predictor in the model, the standardised
 * path coefficient is the correlation of the two (β = r), and R² = r² = β². For a construct with several
 * predictors whose correlations with it are all reported, R² = Σ βⱼ·r(Xⱼ, Y). Both hold for standardised
 * OLS-type estimates on the same scores (PLS-SEM's path weighting and CB-SEM's standardised solution; not for
 * PLSc, whose β rest on disattenuated correlations). Tolerance: the half units of the printed decimals,
 * propagated to first order (|∂f/∂x|·h for each reported value x).
 */
final class SinglePredictorCheck implements ConsistencyCheck {

    static final String NAME = "β, r and R²";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<CheckFinding> check(Reported reported) {
        List<CheckFinding> findings = new ArrayList<>();
        for (Construct target : reported.endogenous()) {
            List<StructuralPath> paths = reported.pathsInto(target);
            Optional<ReportedStatistic> r2 = reported.of(target, ReportedVocabulary.R2);
            if (paths.size() == 1) {
                single(reported, paths.get(0), r2, findings);
            } else {
                several(reported, target, paths, r2, findings);
            }
        }
        return findings;
    }

    private static void single(Reported reported, StructuralPath path, Optional<ReportedStatistic> r2,
            List<CheckFinding> findings) {
        Construct target = path.getTarget();
        String subject = DiagramText.code(path.getSource()) + " → " + DiagramText.code(target);
        Optional<ReportedStatistic> beta = reported.of(path, ReportedVocabulary.BETA);
        Optional<ReportedStatistic> r = reported.correlation(path.getSource(), target);
        String only = " (" + DiagramText.code(target) + " has one predictor, " + DiagramText.code(path.getSource())
                + ")";
        if (beta.isPresent() && r.isPresent()) {
            double b = beta.get().getValue();
            double rv = r.get().getValue();
            double tolerance = Printed.halfUnit(beta.get()) + Printed.halfUnit(r.get());
            findings.add(new CheckFinding(NAME, subject, Math.abs(b - rv) <= tolerance, "β should equal r" + only
                    + ": β = " + Printed.text(b) + ", r = " + Printed.text(rv) + ", difference " + number(b - rv)
                    + " (tolerance " + number(tolerance) + ")", List.of(beta.get(), r.get())));
        }
        if (r2.isPresent() && r.isPresent()) {
            double rv = r.get().getValue();
            double hr = Printed.halfUnit(r.get());
            double tolerance = Printed.halfUnit(r2.get()) + 2 * Math.abs(rv) * hr + hr * hr;
            double square = rv * rv;
            findings.add(new CheckFinding(NAME, DiagramText.code(target),
                    Math.abs(r2.get().getValue() - square) <= tolerance, "R² should equal r²" + only + ": R² = "
                            + Printed.text(r2.get().getValue()) + ", r² = " + number(square) + " (tolerance "
                            + number(tolerance) + ")", List.of(r2.get(), r.get())));
        }
        if (r2.isPresent() && beta.isPresent()) {
            double b = beta.get().getValue();
            double hb = Printed.halfUnit(beta.get());
            double tolerance = Printed.halfUnit(r2.get()) + 2 * Math.abs(b) * hb + hb * hb;
            double square = b * b;
            findings.add(new CheckFinding(NAME, DiagramText.code(target),
                    Math.abs(r2.get().getValue() - square) <= tolerance, "R² should equal β²" + only + ": R² = "
                            + Printed.text(r2.get().getValue()) + ", β² = " + number(square) + " (tolerance "
                            + number(tolerance) + ")", List.of(r2.get(), beta.get())));
        }
    }

    private static void several(Reported reported, Construct target, List<StructuralPath> paths,
            Optional<ReportedStatistic> r2, List<CheckFinding> findings) {
        if (r2.isEmpty()) {
            return;
        }
        List<ReportedStatistic> cited = new ArrayList<>();
        cited.add(r2.get());
        double sum = 0;
        double tolerance = Printed.halfUnit(r2.get());
        StringBuilder terms = new StringBuilder();
        for (StructuralPath path : paths) {
            Optional<ReportedStatistic> beta = reported.of(path, ReportedVocabulary.BETA);
            Optional<ReportedStatistic> r = reported.correlation(path.getSource(), target);
            if (beta.isEmpty() || r.isEmpty()) {
                return;
            }
            double b = beta.get().getValue();
            double rv = r.get().getValue();
            double hb = Printed.halfUnit(beta.get());
            double hr = Printed.halfUnit(r.get());
            sum += b * rv;
            tolerance += Math.abs(rv) * hb + Math.abs(b) * hr + hb * hr;
            terms.append(terms.isEmpty() ? "" : " + ").append(Printed.text(b)).append(" × ").append(Printed.text(rv));
            cited.add(beta.get());
            cited.add(r.get());
        }
        findings.add(new CheckFinding(NAME, DiagramText.code(target), Math.abs(r2.get().getValue() - sum) <= tolerance,
                "R² should equal Σ β·r over " + DiagramText.code(target) + "'s " + paths.size() + " predictors: "
                        + terms + " = " + number(sum) + ", R² = " + Printed.text(r2.get().getValue()) + " (tolerance "
                        + number(tolerance) + ")", cited));
    }
}
