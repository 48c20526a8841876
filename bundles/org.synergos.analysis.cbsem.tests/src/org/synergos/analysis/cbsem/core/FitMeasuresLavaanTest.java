package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.synergos.analysis.cbsem.internal.evaluate.FitStatistics;
import org.synergos.testing.TestResources;

/**
 * Every measure of lavaan 0.6-14's {@code fitMeasures(fit)} (R 4.2.2), for ML, MLR, FIML, MLR with
 * FIML, multigroup (configural, metric, scalar; ML, MLR and MLR with FIML) fits of PoliticalDemocracy
 * and the HolzingerSwineford1939 CFA, against Synergos' own fit at 1e-4 relative or absolute,
 * whichever is looser. The references are the {@code fit_measures_all} vectors written by
 * {@code org.synergos.testing/reference/regenerate-lavaan.R} and this bundle's {@code reference/run.R}.
 * A measure lavaan reports and Synergos does not fails, unless it is in {@link #REFUSED}; Synergos
 * reports exactly lavaan's measures for each fit (scaled/robust ones only where lavaan has them), in
 * lavaan's order.
 */
class FitMeasuresLavaanTest {

    private static final double TOLERANCE = 1e-4;

    /**
     * Measures of lavaan's {@code fitMeasures()} that Synergos does not report, with the reason. None
     * of them is defined for the fits Synergos makes (ML, single level), so none occurs in the
     * reference files; they are listed so that the day one does, it fails here only if it is new.
     */
    static final Map<String, String> REFUSED = Map.of(
            // weighted root mean square residual: lavaan reports it only for categorical data (DWLS/WLS)
            "wrmr", "weighted root mean square residual: only defined for categorical (DWLS/WLS) estimation",
            // two-level SRMRs: Synergos fits no multilevel models
            "srmr_within", "within-level SRMR: multilevel models only",
            "srmr_between", "between-level SRMR: multilevel models only");

    private static final LavaanReference REF = new LavaanReference();

    record Case(String fitJson, Supplier<ModelSpecification> model, String data, SemOptions options) {
        @Override
        public String toString() {
            return fitJson;
        }
    }

    static Stream<Case> cases() {
        Supplier<ModelSpecification> pd = LavaanReference::politicalDemocracy;
        String b = LavaanReference.BUNDLED;
        SemOptions mlr = SemOptions.builder().estimator(Estimator.MLR).build();
        SemOptions fiml = SemOptions.builder().missing(MissingData.FIML).build();
        SemOptions mlrFiml = SemOptions.builder().estimator(Estimator.MLR).missing(MissingData.FIML).build();
        return Stream.of(
                new Case("lavaan_poldem/poldem_ml_fit.json", pd, "PoliticalDemocracy.csv", SemOptions.defaults()),
                new Case("lavaan_poldem_variants/poldem_mlr_fit.json", pd, "PoliticalDemocracy.csv", mlr),
                new Case("lavaan_poldem_variants/poldem_fiml_fit.json", pd, "PoliticalDemocracy_missing5pct.csv", fiml),
                new Case("lavaan_poldem_variants/poldem_mlr_fiml_fit.json", pd, "PoliticalDemocracy_missing5pct.csv",
                        mlrFiml),
                new Case("lavaan_poldem_variants/poldem_mg_configural_fit.json", pd, "PoliticalDemocracy_grouped.csv",
                        SemOptions.builder().group("grp").build()),
                new Case("lavaan_poldem_variants/poldem_mg_metric_fit.json", pd, "PoliticalDemocracy_grouped.csv",
                        SemOptions.builder().group("grp").groupEqual(GroupEquality.LOADINGS).build()),
                new Case("lavaan_hs1939/hs_cfa_ml_fit.json", FitMeasuresLavaanTest::holzingerSwineford,
                        "HolzingerSwineford1939.csv", SemOptions.defaults()),
                new Case("lavaan_hs1939/hs_cfa_mlr_fit.json", FitMeasuresLavaanTest::holzingerSwineford,
                        "HolzingerSwineford1939.csv", mlr),
                new Case(b + "poldem_fiml_expected_fit.json", pd, "PoliticalDemocracy_missing5pct.csv",
                        SemOptions.builder().missing(MissingData.FIML).information(InformationType.EXPECTED).build()),
                new Case(b + "poldem_chain_ml_fit.json", FitMeasuresLavaanTest::chain, "PoliticalDemocracy.csv",
                        SemOptions.defaults()),
                new Case(b + "poldem_orthogonal_ml_fit.json", FitMeasuresLavaanTest::orthogonal,
                        "PoliticalDemocracy.csv", SemOptions.defaults()),
                new Case(b + "poldem_mg_scalar_fit.json", pd, "PoliticalDemocracy_grouped.csv", SemOptions.builder()
                        .group("grp").groupEqual(GroupEquality.LOADINGS, GroupEquality.INTERCEPTS).build()),
                new Case(b + "poldem_mg_configural_mlr_fit.json", pd, "PoliticalDemocracy_grouped.csv",
                        SemOptions.builder().group("grp").estimator(Estimator.MLR).build()),
                new Case(b + "poldem_mg_metric_mlr_fit.json", pd, "PoliticalDemocracy_grouped.csv", SemOptions.builder()
                        .group("grp").groupEqual(GroupEquality.LOADINGS).estimator(Estimator.MLR).build()),
                new Case(b + "poldem_mg_configural_mlr_fiml_fit.json", pd, b + "PoliticalDemocracy_grouped_missing5pct.csv",
                        SemOptions.builder().group("grp").estimator(Estimator.MLR).missing(MissingData.FIML).build()),
                new Case(b + "poldem_mg_metric_mlr_fiml_fit.json", pd, b + "PoliticalDemocracy_grouped_missing5pct.csv",
                        SemOptions.builder().group("grp").groupEqual(GroupEquality.LOADINGS).estimator(Estimator.MLR)
                                .missing(MissingData.FIML).build()));
    }

    @AfterAll
    static void report() {
        System.out.println(REF.report("every lavaan fit measure"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyLavaanFitMeasureMatches(Case c) {
        DataSet data = c.data().startsWith(LavaanReference.BUNDLED)
                ? DataSet.readCsv(TestResources.path("reference/" + c.data().substring(LavaanReference.BUNDLED.length())))
                : LavaanReference.data(c.data());
        SemResult fit = Sem.fit(c.model().get(), data, c.options());
        JsonNode lavaan = LavaanReference.json(c.fitJson()).get("fit_measures_all");
        FitMeasures ours = fit.fitMeasures();
        List<String> expectedNames = new ArrayList<>();
        for (Iterator<String> it = lavaan.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (REFUSED.containsKey(name)) {
                assertFalse(ours.has(name), name + " is on the refused list but reported");
                continue;
            }
            expectedNames.add(name);
            if (!ours.has(name)) {
                fail(c.fitJson() + ": lavaan reports " + name + ", Synergos does not");
            }
            JsonNode value = lavaan.get(name);
            double expected = value.isNull() ? Double.NaN : value.asDouble();
            REF.assertClose(expected, ours.get(name), TOLERANCE, TOLERANCE, c.fitJson() + " " + name);
        }
        // the same measures in the same order: nothing lavaan leaves out for this estimator
        assertEquals(expectedNames, List.copyOf(ours.names()), c.fitJson() + ": names and order");
    }

    @Test
    void refusedMeasuresAreNeverComputedAndNamedInTheCoreList() {
        assertEquals(REFUSED.keySet(), FitMeasures.NOT_REPORTED.keySet());
        for (String name : REFUSED.keySet()) {
            assertFalse(FitStatistics.LAVAAN_ORDER.contains(name), name);
        }
    }

    @Test
    void everyMeasureTheCoreCanComputeOccursInSomeReference() {
        // the MLR + FIML fit has the largest vector: all of lavaan's ML measures
        JsonNode all = LavaanReference.json("lavaan_poldem_variants/poldem_mlr_fiml_fit.json").get("fit_measures_all");
        List<String> names = new ArrayList<>();
        all.fieldNames().forEachRemaining(names::add);
        assertEquals(names, FitStatistics.LAVAAN_ORDER);
        assertTrue(names.size() >= 78, "lavaan 0.6-14 reports 78 measures for MLR with FIML");
    }

    static ModelSpecification holzingerSwineford() {
        return ModelSpecification.builder()
                .latent("visual", "x1", "x2", "x3")
                .latent("textual", "x4", "x5", "x6")
                .latent("speed", "x7", "x8", "x9")
                .build();
    }

    private static ModelSpecification.Builder measurement() {
        return ModelSpecification.builder()
                .latent("ind60", "x1", "x2", "x3")
                .latent("dem60", "y1", "y2", "y3", "y4")
                .latent("dem65", "y5", "y6", "y7", "y8");
    }

    static ModelSpecification chain() {
        return measurement()
                .regression("dem60", "ind60")
                .regression("dem65", "dem60")
                .covariance("y1", "y5")
                .covariance("y2", "y4", "y6")
                .covariance("y3", "y7")
                .covariance("y4", "y8")
                .covariance("y6", "y8")
                .build();
    }

    static ModelSpecification orthogonal() {
        return measurement()
                .covariance("ind60", "dem60", Modifier.fixed(0))
                .covariance("ind60", "dem65", Modifier.fixed(0))
                .covariance("dem60", "dem65", Modifier.fixed(0))
                .build();
    }
}
