package org.synergos.analysis.pls.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.synergos.testing.ReferenceTable;
import org.synergos.testing.ReferenceResults;

/**
 * Bootstrap against seminr 2.3.2 (R 4.2.2) {@code bootstrap_model(nboot = 5000, seed = 123)} on the ECSI
 * model ({@code seminr_mobi_ecsi/ecsi_pls_boot_*}).
 */
class PlsBootstrapTest {

    private static final PlsOptions OPTIONS = PlsOptions.defaults();

    private static int[][] seminrResamples(String prefix) {
        ReferenceTable t = ReferenceResults.table(EcsiReference.DIR + prefix + "_boot_first100_indices.csv");
        int n = t.header().size() - 1;
        int[][] rows = new int[t.rowCount()][n];
        for (int b = 0; b < rows.length; b++) {
            for (int i = 0; i < n; i++) {
                rows[b][i] = (int) t.number(b, "X" + (i + 1)) - 1; // seminr stores 1-based rows
            }
        }
        return rows;
    }

    /** Draw by draw, fed seminr's stored resamples: tolerance 1e-8 absolute (PLS) as the reference README states. */
    @Test
    void seminrStoredResamplesAreReproducedDrawByDraw() {
        reproduce("ecsi_pls", Measurement.COMPOSITE_MODE_A, 1e-8);
    }

    /**
     * The same for PLSc (unstable on mobi: disattenuated correlations can exceed 1 and the predictor
     * matrices are then indefinite, solved by pivoted elimination as R's {@code solve()}); tolerance 1e-8.
     */
    @Test
    void seminrStoredConsistentResamplesAreReproducedDrawByDraw() {
        reproduce("ecsi_plsc", Measurement.REFLECTIVE, 1e-8);
    }

    private void reproduce(String prefix, Measurement measurement, double tolerance) {
        int[][] rows = seminrResamples(prefix);
        BootstrapResult boot = PlsBootstrap.runOnResamples(EcsiReference.mobiData(), EcsiReference.mobiColumns(),
                EcsiReference.model(prefix, measurement), OPTIONS, rows, ProgressListener.none(), () -> false);
        assertEquals(100, boot.validDraws());
        double[][] draws = boot.draws(ParameterKind.PATH);
        List<String> labels = boot.paths().stream().map(BootstrapStatistic::label).toList();
        ReferenceTable ref = ReferenceResults.table(EcsiReference.DIR + prefix + "_boot_first100_paths.csv");
        EcsiReference.Deviation d = new EcsiReference.Deviation(prefix + " seminr draws 1-100 (paths)", tolerance);
        for (int r = 0; r < ref.rowCount(); r++) {
            int draw = (int) ref.number(r, "draw") - 1;
            String label = ref.cell(r, "from") + " -> " + ref.cell(r, "to");
            d.check(ref.number(r, "est"), draws[draw][labels.indexOf(label)], "draw " + (draw + 1) + " " + label);
        }
        d.report();
    }

    /**
     * Our own 5000 draws (different random numbers than R's) vs seminr's 5000: the original estimates agree
     * to 1e-8 and the bootstrap SDs within Monte Carlo error. The relative standard error of an SD from
     * B = 5000 draws is about √((κ−1)/(4B)) ≈ 1% for near-normal draws (κ kurtosis), so the difference of two
     * independent runs has a relative SE near 1.5% (more for heavy-tailed indirect effects); 7.5% is ~5 SE.
     * Means agree within 0.1 SD, percentile bounds within 0.2 SD (tail quantiles vary more).
     */
    @Test
    void ownBootstrapMatchesSeminrWithinMonteCarloError() {
        BootstrapResult boot = PlsBootstrap.run(EcsiReference.mobiData(), EcsiReference.mobiColumns(),
                EcsiReference.model("ecsi_pls", Measurement.COMPOSITE_MODE_A), OPTIONS.toBuilder().seed(2024).build(),
                ProgressListener.none(), () -> false);
        assertEquals(5000, boot.requestedDraws());
        assertEquals(0, boot.degenerateDraws());
        compare(boot, ParameterKind.PATH, "ecsi_pls_boot_paths");
        compare(boot, ParameterKind.LOADING, "ecsi_pls_boot_loadings");
        compare(boot, ParameterKind.WEIGHT, "ecsi_pls_boot_weights");
        compare(boot, ParameterKind.TOTAL_EFFECT, "ecsi_pls_boot_total_paths");
        compare(boot, ParameterKind.HTMT, "ecsi_pls_boot_htmt");
        ReferenceTable ind = ReferenceResults.table(EcsiReference.DIR + "ecsi_pls_boot_indirect.csv");
        for (int r = 0; r < ind.rowCount(); r++) {
            compareRow(boot.statistic(ParameterKind.SPECIFIC_INDIRECT_EFFECT, ind.cell(r, "effect")), ind, r,
                    "indirect " + ind.cell(r, "effect"));
        }
        for (BootstrapStatistic s : boot.paths()) {
            // BCa shifts the percentile interval by the bias and skewness corrections: by well under one SD here
            assertTrue(s.bcaLower() < s.bcaUpper(), "BCa interval of " + s.label());
            assertEquals(s.percentileLower(), s.bcaLower(), s.standardDeviation(), "BCa lower " + s.label());
            assertEquals(s.percentileUpper(), s.bcaUpper(), s.standardDeviation(), "BCa upper " + s.label());
            assertTrue(s.pValue() >= 0 && s.pValue() <= 1);
        }
    }

    private static void compare(BootstrapResult boot, ParameterKind kind, String file) {
        ReferenceTable t = ReferenceResults.table(EcsiReference.DIR + file + ".csv");
        EcsiReference.Deviation d = new EcsiReference.Deviation("own 5000 vs seminr 5000 " + kind + " (rel. SD)", 0.075);
        for (int r = 0; r < t.rowCount(); r++) {
            String label = t.cell(r, "row").replace("  ->  ", " -> ");
            if (kind == ParameterKind.LOADING && label.startsWith("CUSCO")
                    || kind == ParameterKind.WEIGHT && label.startsWith("CUSCO")) {
                continue; // single-item block: constant 1, SD 0
            }
            BootstrapStatistic s = boot.statistic(kind, label);
            compareRow(s, t, r, label);
            double sd = t.number(r, "Bootstrap SD");
            d.check(0, (s.standardDeviation() - sd) / sd, label);
        }
        d.report();
    }

    private static void compareRow(BootstrapStatistic s, ReferenceTable t, int r, String label) {
        double sd = t.number(r, "Bootstrap SD");
        assertEquals(t.number(r, "Original Est."), s.original(), 1e-8, "original " + label);
        assertEquals(sd, s.standardDeviation(), 0.075 * sd, "SD " + label);
        assertEquals(t.number(r, "Bootstrap Mean"), s.mean(), 0.1 * sd, "mean " + label);
        assertEquals(t.number(r, "2.5% CI"), s.percentileLower(), 0.2 * sd, "2.5% " + label);
        assertEquals(t.number(r, "97.5% CI"), s.percentileUpper(), 0.2 * sd, "97.5% " + label);
    }

    /** Draw b depends only on (seed, b): 1 and 4 threads give bit-identical draws. */
    @Test
    void resultsDoNotDependOnThreadCount() {
        PlsModel model = EcsiReference.model("ecsi_pls", Measurement.COMPOSITE_MODE_A);
        PlsOptions base = OPTIONS.toBuilder().bootstrapResamples(400).seed(7).build();
        BootstrapResult one = PlsBootstrap.run(EcsiReference.mobiData(), EcsiReference.mobiColumns(), model,
                base.toBuilder().threads(1).build(), ProgressListener.none(), () -> false);
        BootstrapResult four = PlsBootstrap.run(EcsiReference.mobiData(), EcsiReference.mobiColumns(), model,
                base.toBuilder().threads(4).build(), ProgressListener.none(), () -> false);
        for (ParameterKind kind : ParameterKind.values()) {
            double[][] a = one.draws(kind);
            double[][] b = four.draws(kind);
            assertEquals(400, a.length);
            for (int i = 0; i < a.length; i++) {
                assertArrayEquals(a[i], b[i], 0.0, kind + " draw " + i);
            }
            assertEquals(one.statistics(kind), four.statistics(kind));
        }
    }

    /**
     * A near-constant indicator (one row differs) has zero variance in every resample that misses that row
     * (probability (1 − 1/n)ⁿ ≈ 37%): such draws are counted as degenerate, the run completes.
     */
    @Test
    void degenerateResamplesAreCountedNotFatal() {
        List<String> cols = EcsiReference.mobiColumns();
        double[][] data = EcsiReference.mobiData();
        int c = cols.indexOf("CUSCO");
        for (double[] row : data) {
            row[c] = 5;
        }
        data[17][c] = 6;
        AtomicInteger lastProgress = new AtomicInteger();
        BootstrapResult boot = PlsBootstrap.run(data, cols, EcsiReference.model("ecsi_pls", Measurement.COMPOSITE_MODE_A),
                OPTIONS.toBuilder().bootstrapResamples(300).threads(2).build(), (done, total) -> lastProgress.set(done),
                () -> false);
        assertEquals(300, lastProgress.get());
        int degenerate = boot.degenerateCauses().getOrDefault("ZERO_VARIANCE_INDICATOR", 0);
        assertTrue(degenerate > 60 && degenerate < 170, "about 37% of 300 draws degenerate: " + degenerate);
        assertEquals(300, boot.validDraws() + boot.degenerateDraws());
        for (BootstrapStatistic s : boot.paths()) {
            assertTrue(Double.isFinite(s.standardDeviation()), s.label());
        }
        long nanRows = java.util.Arrays.stream(boot.draws(ParameterKind.PATH)).filter(r -> Double.isNaN(r[0])).count();
        assertEquals(boot.degenerateDraws(), nanRows);
    }

    @Test
    void cancellationStopsTheRun() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(CancellationException.class, () -> PlsBootstrap.run(EcsiReference.mobiData(),
                EcsiReference.mobiColumns(), EcsiReference.model("ecsi_pls", Measurement.COMPOSITE_MODE_A),
                OPTIONS.toBuilder().bootstrapResamples(5000).threads(2).build(), ProgressListener.none(),
                () -> calls.incrementAndGet() > 50));
    }
}
