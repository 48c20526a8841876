package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synergos.testing.ReferenceResults;

/**
 * Two-group fits on {@code PoliticalDemocracy_grouped.csv} against lavaan 0.6-14, R 4.2.2
 * ({@code poldem_mg_configural_*}: {@code sem(model, data, group = "grp")}; {@code poldem_mg_metric_*}:
 * {@code group.equal = "loadings"}; bundled {@code reference/poldem_mg_scalar_*} and
 * {@code poldem_mg_invariance_tests.json} written by {@code reference/run.R}: {@code group.equal =
 * c("loadings", "intercepts")} and {@code lavTestLRT}). Tolerance 1e-4 relative (absolute 1e-6 near 0).
 * The configural fit has a negative residual variance (x2, group 1) that must be flagged, not fixed.
 */
class SemMultigroupTest {

    private static final double REL = 1e-4;
    private static final double ABS = 1e-6;
    private static final LavaanReference REF = new LavaanReference();
    private static final List<String> FIT = List.of("npar", "chisq", "df", "pvalue", "baseline.chisq", "baseline.df",
            "cfi", "tli", "logl", "unrestricted.logl", "aic", "bic", "rmsea", "rmsea.ci.lower", "rmsea.ci.upper",
            "rmsea.pvalue", "srmr");
    private static final String TESTS = LavaanReference.BUNDLED + "poldem_mg_invariance_tests.json";
    private static SemResult configural;
    private static SemResult metric;
    private static SemResult scalar;

    @BeforeAll
    static void fit() {
        DataSet data = LavaanReference.data("PoliticalDemocracy_grouped.csv");
        configural = Sem.fit(LavaanReference.politicalDemocracy(), data, SemOptions.builder().group("grp").build());
        metric = Sem.fit(LavaanReference.politicalDemocracy(), data,
                SemOptions.builder().group("grp").groupEqual(GroupEquality.LOADINGS).build());
        scalar = Sem.fit(LavaanReference.politicalDemocracy(), data,
                SemOptions.builder().group("grp").groupEqual(GroupEquality.LOADINGS, GroupEquality.INTERCEPTS).build());
    }

    @AfterAll
    static void report() {
        System.out.println(REF.report("multigroup ML"));
    }

    @Test
    void configuralMatchesLavaan() {
        // reference: lavaan 0.6-14, R 4.2.2, poldem_mg_configural_*; tolerance 1e-4 relative
        REF.assertParameters("lavaan_poldem_variants/poldem_mg_configural_params.csv", configural, REL, ABS, true);
        REF.assertFitMeasures("lavaan_poldem_variants/poldem_mg_configural_fit.json", configural, FIT, REL, ABS);
        // group 1 = first label to appear in the data, as in lavaan (the row-by-row comparison
        // above would fail with the groups swapped)
        assertEquals(LavaanReference.data("PoliticalDemocracy_grouped.csv").groupingColumn("grp")[0],
                configural.parameterTable().groupLabels().get(0));
    }

    @Test
    void metricMatchesLavaan() {
        // reference: lavaan 0.6-14, R 4.2.2, poldem_mg_metric_*; tolerance 1e-4 relative
        REF.assertParameters("lavaan_poldem_variants/poldem_mg_metric_params.csv", metric, REL, ABS, true);
        REF.assertFitMeasures("lavaan_poldem_variants/poldem_mg_metric_fit.json", metric, FIT, REL, ABS);
        ParameterEstimate g1 = metric.estimate("dem65", Operator.LOADING, "y7", 1);
        ParameterEstimate g2 = metric.estimate("dem65", Operator.LOADING, "y7", 2);
        assertEquals(g1.estimate(), g2.estimate(), 0.0, "equal loadings");
        assertEquals(g1.parameter().free(), g2.parameter().free());
    }

    @Test
    void heywoodCaseIsFlaggedNotFixed() {
        // lavaan 0.6-14 warns of a negative observed-variable variance in the configural fit
        assertEquals(1, configural.heywoodCases().size(), configural.heywoodCases().toString());
        HeywoodCase h = configural.heywoodCases().get(0);
        assertEquals("x2", h.parameter().lhs());
        assertEquals(1, h.parameter().group());
        assertTrue(h.estimate() < 0);
        assertEquals(h.estimate(), configural.estimate("x2", Operator.COVARIANCE, "x2", 1).estimate(), 0.0);
        assertTrue(h.message().contains("x2 ~~ x2"), h.message());
        assertTrue(configural.warnings().contains(h.message()));
    }

    @Test
    void chiSquareDifferenceOfMetricAgainstConfigural() {
        // expected difference from the two lavaan 0.6-14 (R 4.2.2) fit files; tolerance 1e-4 relative
        JsonNode c = ReferenceResults.json("lavaan_poldem_variants/poldem_mg_configural_fit.json").get("fit_measures_all");
        JsonNode m = ReferenceResults.json("lavaan_poldem_variants/poldem_mg_metric_fit.json").get("fit_measures_all");
        ChiSquareDifference d = Sem.compare(metric, configural);
        REF.assertClose(m.get("chisq").asDouble() - c.get("chisq").asDouble(), d.chisqDiff(), REL, ABS, "Δχ²");
        assertEquals(m.get("df").asInt() - c.get("df").asInt(), d.dfDiff());
        assertTrue(d.pvalue() > 0 && d.pvalue() < 1);
    }

    @Test
    void scalarMatchesLavaan() {
        // reference: lavaan 0.6-14, R 4.2.2, bundled poldem_mg_scalar_*; tolerance 1e-4 relative
        REF.assertParameters(LavaanReference.BUNDLED + "poldem_mg_scalar_params.csv", scalar, REL, ABS, true);
        REF.assertFitMeasures(LavaanReference.BUNDLED + "poldem_mg_scalar_fit.json", scalar, FIT, REL, ABS);
    }

    @Test
    void invarianceSequenceDifferenceTestsMatchLavaan() {
        // configural -> metric -> scalar likelihood-ratio tests as lavTestLRT; reference: lavaan
        // 0.6-14, R 4.2.2, bundled poldem_mg_invariance_tests.json; tolerance 1e-4 relative
        JsonNode t = LavaanReference.json(TESTS);
        assertDifference(t.get("metric_vs_configural"), Sem.compare(metric, configural), "metric vs configural");
        assertDifference(t.get("scalar_vs_metric"), Sem.compare(scalar, metric), "scalar vs metric");
        REF.assertClose(t.get("chisq").get("scalar").asDouble(), scalar.fitMeasures().chisq(), REL, ABS, "scalar χ²");
        assertEquals(t.get("df").get("scalar").asInt(), scalar.fitMeasures().df());
    }

    private static void assertDifference(JsonNode expected, ChiSquareDifference actual, String what) {
        REF.assertClose(expected.get("chisq_diff").asDouble(), actual.chisqDiff(), REL, ABS, what + " Δχ²");
        assertEquals(expected.get("df_diff").asInt(), actual.dfDiff(), what + " Δdf");
        REF.assertClose(expected.get("pvalue").asDouble(), actual.pvalue(), REL, ABS, what + " p");
        assertFalse(actual.scaled(), what + ": ML fits give an unscaled difference");
    }

    @Test
    void scalarInvarianceFreesLatentMeansInLaterGroups() {
        assertTrue(scalar.estimate("ind60", Operator.INTERCEPT, "", 2).parameter().isFree());
        assertTrue(!scalar.estimate("ind60", Operator.INTERCEPT, "", 1).parameter().isFree());
        assertEquals(scalar.estimate("y3", Operator.INTERCEPT, "", 1).estimate(),
                scalar.estimate("y3", Operator.INTERCEPT, "", 2).estimate(), 0.0);
        assertEquals(metric.fitMeasures().df() + 8, scalar.fitMeasures().df());
        ChiSquareDifference d = Sem.compare(scalar, metric);
        assertEquals(8, d.dfDiff());
    }
}
