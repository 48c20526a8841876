package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two-group MLR fits (configural and metric) and their scaled difference test against lavaan 0.6-14,
 * R 4.2.2: {@code sem(model, data, group = "grp", estimator = "MLR")} with and without
 * {@code group.equal = "loadings"} and {@code lavTestLRT} (Satorra–Bentler 2001 scaled difference),
 * bundled {@code reference/poldem_mg_*_mlr_*} written by {@code reference/run.R}. Tolerance 1e-4
 * relative (absolute 1e-6 near 0).
 */
class SemMultigroupMlrTest {

    private static final double REL = 1e-4;
    private static final double ABS = 1e-6;
    private static final LavaanReference REF = new LavaanReference();
    private static final List<String> FIT = List.of("npar", "chisq", "df", "chisq.scaled", "pvalue.scaled",
            "chisq.scaling.factor", "scaling.factor.h1", "scaling.factor.h0", "baseline.chisq.scaled",
            "baseline.chisq.scaling.factor", "cfi.scaled", "tli.scaled", "cfi.robust", "tli.robust", "rmsea.scaled",
            "rmsea.robust", "rmsea.ci.lower.robust", "rmsea.ci.upper.robust", "rmsea.pvalue.robust", "srmr", "logl",
            "aic", "bic");
    private static SemResult configural;
    private static SemResult metric;

    @BeforeAll
    static void fit() {
        DataSet data = LavaanReference.data("PoliticalDemocracy_grouped.csv");
        configural = Sem.fit(LavaanReference.politicalDemocracy(), data,
                SemOptions.builder().group("grp").estimator(Estimator.MLR).build());
        metric = Sem.fit(LavaanReference.politicalDemocracy(), data, SemOptions.builder().group("grp")
                .groupEqual(GroupEquality.LOADINGS).estimator(Estimator.MLR).build());
    }

    @AfterAll
    static void report() {
        System.out.println(REF.report("multigroup MLR"));
    }

    @Test
    void configuralMatchesLavaan() {
        // reference: lavaan 0.6-14, R 4.2.2, bundled poldem_mg_configural_mlr_*; tolerance 1e-4 relative
        REF.assertParameters(LavaanReference.BUNDLED + "poldem_mg_configural_mlr_params.csv", configural, REL, ABS, true);
        REF.assertFitMeasures(LavaanReference.BUNDLED + "poldem_mg_configural_mlr_fit.json", configural, FIT, REL, ABS);
    }

    @Test
    void metricMatchesLavaan() {
        // reference: lavaan 0.6-14, R 4.2.2, bundled poldem_mg_metric_mlr_*; tolerance 1e-4 relative
        REF.assertParameters(LavaanReference.BUNDLED + "poldem_mg_metric_mlr_params.csv", metric, REL, ABS, true);
        REF.assertFitMeasures(LavaanReference.BUNDLED + "poldem_mg_metric_mlr_fit.json", metric, FIT, REL, ABS);
    }

    @Test
    void scaledDifferenceTestMatchesLavTestLrt() {
        // reference: lavaan 0.6-14, R 4.2.2, bundled poldem_mg_mlr_difference_test.json; tolerance 1e-4
        JsonNode expected = LavaanReference.json(LavaanReference.BUNDLED + "poldem_mg_mlr_difference_test.json")
                .get("metric_vs_configural");
        ChiSquareDifference d = Sem.compare(metric, configural);
        assertTrue(d.scaled(), "MLR fits give the scaled difference");
        REF.assertClose(expected.get("chisq_diff").asDouble(), d.chisqDiff(), REL, ABS, "scaled Δχ²");
        assertEquals(expected.get("df_diff").asInt(), d.dfDiff());
        REF.assertClose(expected.get("pvalue").asDouble(), d.pvalue(), REL, ABS, "p");
    }
}
