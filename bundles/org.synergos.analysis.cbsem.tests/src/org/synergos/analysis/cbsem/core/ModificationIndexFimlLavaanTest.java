package org.synergos.analysis.cbsem.core;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.synergos.testing.TestResources;

/**
 * Modification indices of FIML fits against lavaan 0.6-14, R 4.2.2: {@code modindices(fit, sort. =
 * FALSE, minimum.value = 0)} of {@code sem(model, data, missing = "ml")} with and without {@code
 * estimator = "MLR"} on the 5%-missing copy, and of the two-group metric MLR + FIML fit on the grouped
 * copy with missing cells; bundled {@code reference/*fiml*_modindices.csv} written by {@code
 * reference/run.R}. lavaan's score test uses the expected information, which with missing data is
 * summed over the missing-data patterns at the implied moments (the observed information of a FIML fit
 * gives different indices). Checks and tolerances as {@link LavaanModIndices}.
 */
class ModificationIndexFimlLavaanTest {

    private static final LavaanReference REF = new LavaanReference();
    private static final LavaanModIndices MI = new LavaanModIndices(REF);
    private static final DataSet MISSING = LavaanReference.data("PoliticalDemocracy_missing5pct.csv");

    @AfterAll
    static void report() {
        System.out.println(REF.report("modification indices with FIML"));
    }

    @Test
    void fimlFitMatchesLavaan() {
        SemResult fit = Sem.fit(LavaanReference.politicalDemocracy(), MISSING,
                SemOptions.builder().missing(MissingData.FIML).build());
        MI.assertMatches("poldem_fiml_ml_modindices.csv", fit, false, "lavaan_poldem_variants/poldem_fiml_params.csv");
    }

    @Test
    void mlrFimlFitMatchesLavaan() {
        // MLR changes SEs and tests, not the score test: lavaan's indices equal the ML ones
        SemResult fit = Sem.fit(LavaanReference.politicalDemocracy(), MISSING,
                SemOptions.builder().estimator(Estimator.MLR).missing(MissingData.FIML).build());
        MI.assertMatches("poldem_mlr_fiml_modindices.csv", fit, false,
                LavaanReference.BUNDLED + "poldem_mlr_fiml_params.csv");
    }

    @Test
    void multigroupMetricMlrFimlFitMatchesLavaan() {
        SemResult fit = Sem.fit(LavaanReference.politicalDemocracy(),
                DataSet.readCsv(TestResources.path("reference/PoliticalDemocracy_grouped_missing5pct.csv")),
                SemOptions.builder().group("grp").groupEqual(GroupEquality.LOADINGS).estimator(Estimator.MLR)
                        .missing(MissingData.FIML).build());
        // lavaan's optimiser stops short of the maximum in this fit (see SemMultigroupMlrFimlTest): from
        // the two optima the MIs differ by up to 3e-4 of max(MI, 1), so 1e-3 there; the formulas at
        // lavaan's estimates still to 1e-6
        MI.assertMatches("poldem_mg_metric_mlr_fiml_modindices.csv", fit, true,
                LavaanReference.BUNDLED + "poldem_mg_metric_mlr_fiml_params.csv", 1e-3);
    }
}
