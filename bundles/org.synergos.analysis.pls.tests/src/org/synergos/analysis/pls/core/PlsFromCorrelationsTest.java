package org.synergos.analysis.pls.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.data.matrix.GroupMatrix;
import org.synergos.data.matrix.MatrixData;
import org.synergos.data.matrix.MatrixKind;
import org.synergos.testing.ReferenceResults;
import org.synergos.testing.ReferenceTable;

/**
 * PLS and PLSc from the correlation matrix of seminr's mobi (and from its covariance matrix), written by
 * {@code reference/regenerate-pls-matrix.R} into {@code data/matrix/mobi_corr_sd_mean.csv} and
 * {@code mobi_cov_full.csv} (17 significant digits). PLS standardises the indicators and works on their
 * correlations, so every estimate from the matrix must equal the estimate from the raw rows ({@code data/mobi.csv})
 * at 1e-10, and seminr 2.3.2's committed reference values ({@code seminr_mobi_ecsi/}) at the 1e-6 of the raw-data
 * tests ({@link SeminrPointEstimatesContract}).
 */
class PlsFromCorrelationsTest {

    static final double SAME = 1e-10;

    static Stream<Arguments> models() {
        return Stream.of(Arguments.of("ecsi_pls", Measurement.COMPOSITE_MODE_A),
                Arguments.of("ecsi_plsc", Measurement.REFLECTIVE));
    }

    static GroupMatrix matrix(String file) throws Exception {
        List<GroupMatrix> groups = MatrixData.read(new CsvDatasetReader().read(ReferenceResults.data("matrix/" + file)),
                null);
        assertEquals(1, groups.size());
        return groups.get(0);
    }

    static PlsResult fromFile(String file, String prefix, Measurement measurement, PlsOptions options)
            throws Exception {
        GroupMatrix m = matrix(file);
        PlsModel model = EcsiReference.model(prefix, measurement);
        return m.kind() == MatrixKind.COVARIANCE
                ? PlsEstimator.estimateFromCovariances(m.matrix(), m.variables(), (int) m.n(), model, options)
                : PlsEstimator.estimateFromCorrelations(m.matrix(), m.variables(), (int) m.n(), model, options);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyEstimateFromTheCorrelationMatrixEqualsTheRawDataEstimate(String prefix, Measurement measurement)
            throws Exception {
        PlsResult raw = EcsiReference.estimate(prefix, measurement, PlsOptions.defaults());
        PlsResult matrix = fromFile("mobi_corr_sd_mean.csv", prefix, measurement, PlsOptions.defaults());
        double max = assertSame(raw, matrix, prefix + " correlations vs raw rows");
        System.out.printf("%-48s max |dev| %.3e (tol %.1e)%n", prefix + " from correlations vs raw data", max, SAME);
        assertTrue(matrix.fromCorrelations());
        assertFalse(raw.fromCorrelations());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aCovarianceMatrixGivesWhatItsCorrelationsGive(String prefix, Measurement measurement) throws Exception {
        PlsResult cor = fromFile("mobi_corr_sd_mean.csv", prefix, measurement, PlsOptions.defaults());
        PlsResult cov = fromFile("mobi_cov_full.csv", prefix, measurement, PlsOptions.defaults());
        assertEquals(MatrixKind.COVARIANCE, matrix("mobi_cov_full.csv").kind());
        double max = assertSame(cor, cov, prefix + " covariances vs correlations");
        System.out.printf("%-48s max |dev| %.3e (tol %.1e)%n", prefix + " from covariances vs correlations", max, SAME);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theEstimatesFromTheMatrixReproduceSeminr(String prefix, Measurement measurement) throws Exception {
        PlsResult r = fromFile("mobi_corr_sd_mean.csv", prefix, measurement, PlsOptions.defaults());
        double tol = SeminrPointEstimatesContract.TOL;
        String dir = EcsiReference.DIR + prefix + "_";
        EcsiReference.Deviation d = new EcsiReference.Deviation(prefix + " from correlations vs seminr 2.3.2", tol);
        assertEquals(ReferenceResults.json(dir + "estimates.json").get("iterations").asInt(), r.iterations());
        assertEquals(250, r.observations());
        ReferenceTable paths = ReferenceResults.table(dir + "paths_r2.csv");
        for (String row : paths.rowNames()) {
            for (String col : paths.header().subList(1, paths.header().size())) {
                double e = paths.number(row, col);
                if (row.equals("R^2")) {
                    d.check(e, r.rSquared().get(col), "R2 " + col);
                } else if (row.equals("AdjR^2")) {
                    d.check(e, r.adjustedRSquared().get(col), "adjusted R2 " + col);
                } else if (!Double.isNaN(e)) {
                    d.check(e, r.pathCoefficients().get(row, col), row + "->" + col);
                }
            }
        }
        Map<String, LabeledMatrix> matrices = Map.of("outer_loadings", r.outerLoadings(), "outer_weights",
                r.outerWeights(), "cross_loadings", r.crossLoadings(), "htmt", r.htmt(), "fornell_larcker",
                r.fornellLarcker(), "total_effects", r.totalEffects(), "total_indirect_effects",
                r.totalIndirectEffects(), "construct_correlations", r.constructCorrelations(), "it_criteria",
                r.informationCriteria());
        matrices.forEach((name, actual) -> d.matrix(ReferenceResults.table(dir + name + ".csv"), actual));
        ReferenceTable rel = ReferenceResults.table(dir + "reliability.csv");
        for (String c : rel.rowNames()) {
            ConstructReliability cr = r.reliability().get(c);
            d.check(rel.number(c, "alpha"), cr.alpha(), c + " alpha");
            d.check(rel.number(c, "rhoC"), cr.rhoC(), c + " rhoC");
            d.check(rel.number(c, "AVE"), cr.ave(), c + " AVE");
            d.check(rel.number(c, "rhoA"), cr.rhoA(), c + " rhoA");
        }
        ReferenceTable outer = ReferenceResults.table(dir + "vif_outer.csv");
        for (int i = 0; i < outer.rowCount(); i++) {
            d.check(outer.number(i, "vif"), r.outerVif().get(outer.cell(i, "item")), "VIF " + outer.cell(i, "item"));
        }
        ReferenceTable inner = ReferenceResults.table(dir + "vif_inner.csv");
        for (int i = 0; i < inner.rowCount(); i++) {
            double e = inner.number(i, "vif");
            if (!Double.isNaN(e)) {
                d.check(e, r.innerVif().get(inner.cell(i, "antecedent"), inner.cell(i, "dependent")),
                        "inner VIF " + inner.cell(i, "antecedent") + "->" + inner.cell(i, "dependent"));
            }
        }
        ReferenceTable f2 = ReferenceResults.table(dir + "fsquare.csv");
        for (String row : f2.rowNames()) {
            for (String col : f2.header().subList(1, f2.header().size())) {
                double actual = r.fSquare().get(row, col);
                if (!Double.isNaN(actual)) {
                    d.check(f2.number(row, col), actual, "f2 " + row + "->" + col);
                }
            }
        }
        d.report();
        assertTrue(d.compared() > 200, "compared " + d.compared());
    }

    @Test
    void whatNeedsTheCasesIsRefusedByName() throws Exception {
        PlsResult r = fromFile("mobi_corr_sd_mean.csv", "ecsi_pls", Measurement.COMPOSITE_MODE_A, PlsOptions.defaults());
        UnsupportedOperationException scores = assertThrows(UnsupportedOperationException.class, r::constructScores);
        assertEquals("construct scores need the cases; this result was estimated from a correlation matrix",
                scores.getMessage());
        UnsupportedOperationException rows = assertThrows(UnsupportedOperationException.class, r::rowsUsed);
        assertTrue(rows.getMessage().startsWith("rows used need the cases"), rows.getMessage());
        assertEquals(0, r.missingCellsReplaced());
        GroupMatrix m = matrix("mobi_corr_sd_mean.csv");
        IllegalArgumentException mean = assertThrows(IllegalArgumentException.class,
                () -> PlsEstimator.estimateFromCorrelations(m.matrix(), m.variables(), 250,
                        EcsiReference.model("ecsi_pls", Measurement.COMPOSITE_MODE_A),
                        PlsOptions.builder().missingData(MissingDataTreatment.MEAN_REPLACEMENT).build()));
        assertTrue(mean.getMessage().startsWith("missing-data treatment MEAN_REPLACEMENT needs the cases"),
                mean.getMessage());
    }

    @Test
    void aMatrixThatNoDataCanHaveIsRefusedNamingTheProblem() throws Exception {
        PlsModel model = PlsModel.builder().construct("A", Measurement.COMPOSITE_MODE_A, List.of("a1", "a2"))
                .construct("B", Measurement.COMPOSITE_MODE_A, List.of("b1", "b2")).path("A", "B").build();
        List<String> names = List.of("a1", "a2", "b1", "b2");
        double[][] good = { { 1, .5, .3, .3 }, { .5, 1, .3, .3 }, { .3, .3, 1, .5 }, { .3, .3, .5, 1 } };
        assertEquals(4, PlsEstimator.estimateFromCorrelations(good, names, 100, model, PlsOptions.defaults())
                .outerWeights().rows());
        assertRefused(model, names, replace(good, 0, 1, .6), 100, "not symmetric at 'a2' and 'a1'");
        assertRefused(model, names, replace(replace(good, 0, 1, 1.2), 1, 0, 1.2), 100,
                "the correlation of 'a2' and 'a1' is 1.2, outside [-1, 1]");
        assertRefused(model, names, replace(good, 2, 2, 0.9), 100, "the correlation of 'b1' with itself is 0.9, not 1");
        double[][] npd = { { 1, .9, -.9, .0 }, { .9, 1, .9, .0 }, { -.9, .9, 1, .0 }, { 0, 0, 0, 1 } };
        assertRefused(model, names, npd, 100, "is not positive semi-definite");
        assertRefused(model, names, good, 2, "n = 2: at least 3 observations needed");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> PlsEstimator.estimateFromCorrelations(good, List.of("a1", "a2", "b1", "x"), 100, model,
                        PlsOptions.defaults()));
        assertEquals("indicator 'b2' of construct 'B' is not a variable of the correlation matrix", unknown.getMessage());
        double[][] cov = { { 4, 1, 0, 0 }, { 1, 0, 0, 0 }, { 0, 0, 1, 0 }, { 0, 0, 0, 1 } };
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> PlsEstimator.estimateFromCovariances(cov, names, 100, model, PlsOptions.defaults()));
        assertEquals("indicator 'a2' has zero variance", zero.getMessage());
    }

    private static void assertRefused(PlsModel model, List<String> names, double[][] r, int n, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlsEstimator.estimateFromCorrelations(r, names, n, model, PlsOptions.defaults()));
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    private static double[][] replace(double[][] m, int i, int j, double value) {
        double[][] out = new double[m.length][];
        for (int a = 0; a < m.length; a++) {
            out[a] = m[a].clone();
        }
        out[i][j] = value;
        return out;
    }

    /** Asserts that every estimate of {@code b} equals {@code a}'s at {@link #SAME}; returns the largest deviation. */
    static double assertSame(PlsResult a, PlsResult b, String what) {
        Same same = new Same(what);
        assertEquals(a.iterations(), b.iterations(), what + " iterations");
        assertEquals(a.observations(), b.observations(), what + " n");
        same.check("last weight change", a.lastWeightChange(), b.lastWeightChange());
        same.matrix("outer weights", a.outerWeights(), b.outerWeights());
        same.matrix("outer loadings", a.outerLoadings(), b.outerLoadings());
        same.matrix("cross-loadings", a.crossLoadings(), b.crossLoadings());
        same.matrix("paths", a.pathCoefficients(), b.pathCoefficients());
        same.map("R2", a.rSquared(), b.rSquared());
        same.map("adjusted R2", a.adjustedRSquared(), b.adjustedRSquared());
        same.matrix("total effects", a.totalEffects(), b.totalEffects());
        same.matrix("total indirect effects", a.totalIndirectEffects(), b.totalIndirectEffects());
        assertEquals(a.specificIndirectEffects().size(), b.specificIndirectEffects().size());
        for (int i = 0; i < a.specificIndirectEffects().size(); i++) {
            IndirectEffect x = a.specificIndirectEffects().get(i);
            IndirectEffect y = b.specificIndirectEffects().get(i);
            assertEquals(x.chain(), y.chain());
            same.check("indirect " + x.label(), x.value(), y.value());
        }
        same.matrix("f2", a.fSquare(), b.fSquare());
        same.matrix("f2 fixed scores", a.fSquareFixedScores(), b.fSquareFixedScores());
        assertEquals(a.reliability().keySet(), b.reliability().keySet());
        a.reliability().forEach((c, x) -> {
            ConstructReliability y = b.reliability().get(c);
            same.check(c + " alpha", x.alpha(), y.alpha());
            same.check(c + " rhoC", x.rhoC(), y.rhoC());
            same.check(c + " AVE", x.ave(), y.ave());
            same.check(c + " rhoA", x.rhoA(), y.rhoA());
        });
        same.matrix("HTMT", a.htmt(), b.htmt());
        same.matrix("HTMT signed", a.htmtSigned(), b.htmtSigned());
        same.matrix("HTMT2", a.htmt2(), b.htmt2());
        same.matrix("Fornell-Larcker", a.fornellLarcker(), b.fornellLarcker());
        same.map("outer VIF", a.outerVif(), b.outerVif());
        same.matrix("inner VIF", a.innerVif(), b.innerVif());
        same.matrix("inner VIF structural", a.innerVifStructural(), b.innerVifStructural());
        for (SrmrForm form : SrmrForm.values()) {
            same.check("SRMR " + form, a.srmr(form), b.srmr(form));
        }
        same.matrix("construct correlations", a.constructCorrelations(), b.constructCorrelations());
        same.matrix("structural correlations", a.structuralCorrelations(), b.structuralCorrelations());
        same.matrix("AIC/BIC", a.informationCriteria(), b.informationCriteria());
        assertEquals(a.warnings(), b.warnings(), what + " warnings");
        assertTrue(same.compared > 500, what + ": compared " + same.compared);
        return same.max;
    }

    private static final class Same {
        final String what;
        double max;
        int compared;

        Same(String what) {
            this.what = what;
        }

        void check(String label, double x, double y) {
            if (Double.isNaN(x) || Double.isNaN(y)) {
                assertEquals(Double.isNaN(x), Double.isNaN(y), what + " " + label + ": NaN in one only");
                return;
            }
            assertEquals(x, y, SAME, what + " " + label);
            max = Math.max(max, Math.abs(x - y));
            compared++;
        }

        void matrix(String label, LabeledMatrix x, LabeledMatrix y) {
            assertEquals(x.rowNames(), y.rowNames(), what + " " + label + " rows");
            assertEquals(x.columnNames(), y.columnNames(), what + " " + label + " columns");
            for (int i = 0; i < x.rows(); i++) {
                for (int j = 0; j < x.columns(); j++) {
                    check(label + " " + x.rowNames().get(i) + "/" + x.columnNames().get(j), x.get(i, j), y.get(i, j));
                }
            }
        }

        void map(String label, Map<String, Double> x, Map<String, Double> y) {
            assertEquals(List.copyOf(x.keySet()), List.copyOf(y.keySet()), what + " " + label + " keys");
            x.forEach((k, v) -> check(label + " " + k, v, y.get(k)));
        }
    }
}
