package org.synergos.analysis.pls.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synergos.testing.ReferenceTable;
import org.synergos.testing.ReferenceResults;

/**
 * Point estimates of the ECSI model on mobi against seminr 2.3.2 (R 4.2.2), files
 * {@code seminr_mobi_ecsi/<prefix>_*}. Tolerance 1e-6 absolute everywhere (seminr stops at a weight change
 * below 1e-7 and so do we, after the same number of updates, so agreement is expected near 1e-10).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeminrPointEstimatesContract {

    static final double TOL = 1e-6;
    private PlsResult result;

    abstract String prefix();

    abstract Measurement measurement();

    private ReferenceTable ref(String suffix) {
        return ReferenceResults.table(EcsiReference.DIR + prefix() + "_" + suffix + ".csv");
    }

    @BeforeAll
    void estimate() {
        result = EcsiReference.estimate(prefix(), measurement(), PlsOptions.defaults());
    }

    @Test
    void iterationsMatchSeminr() {
        int expected = ReferenceResults.json(EcsiReference.DIR + prefix() + "_estimates.json").get("iterations").asInt();
        assertEquals(expected, result.iterations());
        assertEquals(250, result.observations());
    }

    @Test
    void pathCoefficientsAndRSquared() {
        ReferenceTable t = ref("paths_r2");
        EcsiReference.Deviation paths = new EcsiReference.Deviation(prefix() + " paths", TOL);
        EcsiReference.Deviation r2 = new EcsiReference.Deviation(prefix() + " R2 / adjusted R2", TOL);
        for (String row : t.rowNames()) {
            for (String col : t.header().subList(1, t.header().size())) {
                double e = t.number(row, col);
                if (row.equals("R^2")) {
                    r2.check(e, result.rSquared().get(col), col);
                } else if (row.equals("AdjR^2")) {
                    r2.check(e, result.adjustedRSquared().get(col), col);
                } else if (!Double.isNaN(e)) {
                    paths.check(e, result.pathCoefficients().get(row, col), row + "->" + col);
                }
            }
        }
        paths.report();
        r2.report();
    }

    @Test
    void outerLoadingsWeightsAndCrossLoadings() {
        for (String name : List.of("outer_loadings", "outer_weights", "cross_loadings")) {
            EcsiReference.Deviation d = new EcsiReference.Deviation(prefix() + " " + name, TOL);
            d.matrix(ref(name), switch (name) {
                case "outer_loadings" -> result.outerLoadings();
                case "outer_weights" -> result.outerWeights();
                default -> result.crossLoadings();
            });
            d.report();
        }
    }

    @Test
    void reliability() {
        ReferenceTable t = ref("reliability");
        EcsiReference.Deviation d = new EcsiReference.Deviation(prefix() + " alpha/rhoC/AVE/rhoA", TOL);
        for (String c : t.rowNames()) {
            ConstructReliability r = result.reliability().get(c);
            d.check(t.number(c, "alpha"), r.alpha(), c + " alpha");
            d.check(t.number(c, "rhoC"), r.rhoC(), c + " rhoC");
            d.check(t.number(c, "AVE"), r.ave(), c + " AVE");
            d.check(t.number(c, "rhoA"), r.rhoA(), c + " rhoA");
        }
        d.report();
    }

    @Test
    void discriminantValidity() {
        EcsiReference.Deviation htmt = new EcsiReference.Deviation(prefix() + " HTMT", TOL);
        htmt.matrix(ref("htmt"), result.htmt());
        htmt.report();
        EcsiReference.Deviation fl = new EcsiReference.Deviation(prefix() + " Fornell-Larcker", TOL);
        fl.matrix(ref("fornell_larcker"), result.fornellLarcker());
        fl.report();
    }

    @Test
    void varianceInflationFactors() {
        EcsiReference.Deviation d = new EcsiReference.Deviation(prefix() + " VIF outer/inner", TOL);
        ReferenceTable outer = ref("vif_outer");
        for (int i = 0; i < outer.rowCount(); i++) {
            d.check(outer.number(i, "vif"), result.outerVif().get(outer.cell(i, "item")), outer.cell(i, "item"));
        }
        ReferenceTable inner = ref("vif_inner");
        for (int i = 0; i < inner.rowCount(); i++) {
            double e = inner.number(i, "vif");
            double actual = result.innerVif().get(inner.cell(i, "antecedent"), inner.cell(i, "dependent"));
            if (Double.isNaN(e)) {
                assertEquals(1.0, actual, 0.0, "sole predecessor (seminr reports NA)");
            } else {
                d.check(e, actual, inner.cell(i, "antecedent") + "->" + inner.cell(i, "dependent"));
            }
        }
        d.report();
    }

    @Test
    void fSquareReestimatesWithoutThePath() {
        ReferenceTable t = ref("fsquare");
        EcsiReference.Deviation d = new EcsiReference.Deviation(prefix() + " f2 (seminr re-estimation)", TOL);
        for (String row : t.rowNames()) {
            for (String col : t.header().subList(1, t.header().size())) {
                double actual = result.fSquare().get(row, col);
                if (Double.isNaN(actual)) {
                    assertEquals(0.0, t.number(row, col), 0.0, "no path " + row + "->" + col);
                } else {
                    d.check(t.number(row, col), actual, row + "->" + col);
                }
            }
        }
        d.report();
    }

    @Test
    void totalAndIndirectEffects() {
        EcsiReference.Deviation d = new EcsiReference.Deviation(prefix() + " total / total indirect effects", TOL);
        d.matrix(ref("total_effects"), result.totalEffects());
        d.matrix(ref("total_indirect_effects"), result.totalIndirectEffects());
        d.report();
        double sum = result.specificIndirectEffects().stream()
                .filter(e -> e.chain().get(0).equals("Image") && e.chain().get(e.chain().size() - 1).equals("Loyalty"))
                .mapToDouble(IndirectEffect::value).sum();
        assertEquals(result.totalIndirectEffects().get("Image", "Loyalty"), sum, 1e-12,
                "specific indirect effects add up to the total indirect effect");
    }

    @Test
    void constructScoresAndCorrelations() {
        ReferenceTable t = ref("construct_scores");
        EcsiReference.Deviation d = new EcsiReference.Deviation(prefix() + " construct scores", TOL);
        LabeledMatrix scores = result.constructScores();
        for (int i = 0; i < t.rowCount(); i++) {
            for (String c : t.header()) {
                d.check(t.number(i, c), scores.get(i, scores.columnNames().indexOf(c)), i + "/" + c);
            }
        }
        d.report();
        EcsiReference.Deviation r = new EcsiReference.Deviation(prefix() + " construct correlations", TOL);
        r.matrix(ref("construct_correlations"), result.constructCorrelations());
        r.report();
    }

    @Test
    void informationCriteria() {
        EcsiReference.Deviation d = new EcsiReference.Deviation(prefix() + " AIC/BIC", TOL);
        d.matrix(ref("it_criteria"), result.informationCriteria());
        d.report();
    }
}
