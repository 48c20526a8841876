package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.estimate.ModelFitter;
import org.synergos.analysis.cbsem.internal.evaluate.Admissibility;
import org.synergos.analysis.cbsem.internal.evaluate.BootstrapCi;
import org.synergos.analysis.cbsem.internal.evaluate.Bootstrapper;
import org.synergos.analysis.cbsem.internal.evaluate.Evaluation;
import org.synergos.testing.ReferenceTable;

/**
 * Bootstrap CI types and draw counts. The intervals are a function of the draws, so lavaan's own 200 draws
 * ({@code lavaan_inspect/poldem_boot200_draws.csv}) must give lavaan's bounds of every type
 * ({@code poldem_boot200_ci.csv}: {@code parameterEstimates(fit, boot.ci.type = T)}, lavaan 0.6-14, R 4.2.2) to
 * 1e-4 relative or absolute; lavaan's default is the percentile interval, and so is ours.
 */
class SemBootstrapCiTest {

    @Test
    void everyCiTypeReproducesLavaanFromItsDraws() {
        ReferenceTable draws = LavaanReference.table("lavaan_inspect/poldem_boot200_draws.csv");
        ReferenceTable ci = LavaanReference.table("lavaan_inspect/poldem_boot200_ci.csv");
        assertEquals(BootCiType.PERC, SemOptions.defaults().bootCiType(), "lavaan's default boot.ci.type");
        int compared = 0;
        for (int i = 0; i < ci.rowCount(); i++) {
            String name = ci.cell(i, "lhs") + ci.cell(i, "op") + ci.cell(i, "rhs");
            if (!draws.header().contains(name)) {
                continue; // fixed: the bounds are the estimate
            }
            double[] t = new double[draws.rowCount()];
            for (int b = 0; b < t.length; b++) {
                t[b] = draws.number(b, name);
            }
            double est = ci.number(i, "est");
            double se = ci.number(i, "se");
            // lavaan's bootstrap SE: divisor n (cov(draws) * (n - 1) / n)
            SemMomentsTest.close(se, Math.sqrt(variance(t) * (t.length - 1) / t.length), name + " bootstrap se");
            for (BootCiType type : BootCiType.values()) {
                double[] bounds = BootstrapCi.interval(type, t, est, se, mean(t), 0.95);
                SemMomentsTest.close(ci.number(i, type.lavaanName() + ".lower"), bounds[0], name + " " + type + " lower");
                SemMomentsTest.close(ci.number(i, type.lavaanName() + ".upper"), bounds[1], name + " " + type + " upper");
                compared++;
            }
        }
        assertEquals(4 * 31, compared, "four CI types of the 31 free parameters");
    }

    /** lavaan's post-check on each of its 200 draws: the same draws are inadmissible for us (65 of them). */
    @Test
    void inadmissibleDrawsAreTheOnesLavaanFlags() {
        ReferenceTable draws = LavaanReference.table("lavaan_inspect/poldem_boot200_draws.csv");
        SemResult fit = Sem.fit(LavaanReference.politicalDemocracy(), LavaanReference.data("PoliticalDemocracy.csv"),
                SemOptions.defaults());
        ParameterTable table = fit.parameterTable();
        FittedModel own = fit.fitted();
        int inadmissible = 0;
        for (int b = 0; b < draws.rowCount(); b++) {
            double[] theta = new double[table.freeCount()];
            for (Parameter p : table.rows()) {
                if (p.isFree()) {
                    theta[p.free() - 1] = draws.number(b, p.lhs() + p.op().symbol() + p.rhs());
                }
            }
            FittedModel at = ModelFitter.fit(table, own.samples(), own.h1(), own.fiml(), theta, 0, 1e-12);
            inadmissible += Admissibility.admissible(at) ? 0 : 1;
        }
        assertEquals(LavaanReference.json("lavaan_inspect/poldem_boot_counts.json").get("n_boot_nonadmissible").asInt(),
                inadmissible, "inadmissible draws among lavaan's 200 (lavaan 0.6-14, R 4.2.2)");
    }

    /** A draw that does not converge is counted as failed and left out, never silently dropped. */
    @Test
    void drawsThatFailToConvergeAreCounted() {
        SemResult fit = Sem.fit(LavaanReference.politicalDemocracy(), LavaanReference.data("PoliticalDemocracy.csv"),
                SemOptions.defaults());
        FittedModel fm = fit.fitted();
        // one iteration is not enough for a resample to converge from the original estimates
        Bootstrapper.Draws starved = Bootstrapper.run(fm, 40, 11L, 1, 1, 1e-6);
        assertTrue(starved.failed() > 0, "failed draws: " + starved.failed());
        assertEquals(40, starved.failed() + starved.estimates().length, "every draw is either counted or kept");
        Evaluation ev = Evaluation.of(fm, SemOptions.builder().bootstrap(40, 11L).maxIterations(1).threads(1).build());
        assertEquals(starved.failed(), ev.bootstrapFailed());
        assertTrue(ev.warnings().stream().anyMatch(w -> w.startsWith(starved.failed() + " of 40 bootstrap draws did not"
                + " converge")), ev.warnings().toString());
        Bootstrapper.Draws enough = Bootstrapper.run(fm, 40, 11L, 1, 500, 1e-6);
        assertEquals(0, enough.failed(), "with the default iteration limit every draw converges");
    }

    private static double mean(double[] x) {
        double m = 0;
        for (double v : x) {
            m += v / x.length;
        }
        return m;
    }

    private static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }
}
