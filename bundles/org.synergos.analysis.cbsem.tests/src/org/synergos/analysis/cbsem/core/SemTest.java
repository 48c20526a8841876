package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synergos.testing.ReferenceResults;

/**
 * ML on PoliticalDemocracy against lavaan 0.6-14, R 4.2.2 ({@code lavaan_poldem/}, {@code sem(model,
 * data)}: ML, normal likelihood, N divisor, expected information). Tolerance: 1e-4 relative
 * (absolute 1e-6 near 0) for estimates, SEs, z, CIs, std.lv, std.all, R² and fit measures.
 */
class SemTest {

    private static final double REL = 1e-4;
    private static final double ABS = 1e-6;
    private static final LavaanReference REF = new LavaanReference();
    private static SemResult result;

    @BeforeAll
    static void fit() {
        result = Sem.fit(LavaanReference.politicalDemocracy(), LavaanReference.data("PoliticalDemocracy.csv"),
                SemOptions.defaults());
    }

    @AfterAll
    static void report() {
        System.out.println(REF.report("ML"));
    }

    @Test
    void estimatesStandardErrorsAndStandardisedValuesMatchLavaan() {
        // reference: lavaan 0.6-14, R 4.2.2, poldem_ml_params.csv; tolerance 1e-4 relative
        REF.assertParameters("lavaan_poldem/poldem_ml_params.csv", result, REL, ABS, true);
    }

    @Test
    void fitMeasuresMatchLavaan() {
        // reference: lavaan 0.6-14, R 4.2.2, poldem_ml_fit.json; tolerance 1e-4 relative
        REF.assertFitMeasures("lavaan_poldem/poldem_ml_fit.json", result, List.of("npar", "fmin", "chisq", "df",
                "pvalue", "baseline.chisq", "baseline.df", "cfi", "tli", "nnfi", "rfi", "nfi", "ifi", "rni", "logl",
                "unrestricted.logl", "aic", "bic", "bic2", "rmsea", "rmsea.ci.lower", "rmsea.ci.upper", "rmsea.pvalue",
                "rmsea.notclose.pvalue", "srmr", "srmr_bentler", "ntotal"), REL, ABS);
    }

    @Test
    void rSquaredMatchesLavaan() {
        // reference: lavaan 0.6-14, R 4.2.2, lavInspect(fit, "r2"); tolerance 1e-4 relative
        JsonNode r2 = ReferenceResults.json("lavaan_poldem/poldem_ml_fit.json").get("r2");
        Map<String, Double> ours = result.rSquared(1);
        assertEquals(r2.size(), ours.size(), "number of endogenous variables");
        for (Iterator<String> it = r2.fieldNames(); it.hasNext();) {
            String name = it.next();
            REF.assertClose(r2.get(name).asDouble(), ours.get(name), REL, ABS, "R² " + name);
        }
    }

    @Test
    void convergesWithoutWarnings() {
        assertTrue(result.convergence().converged());
        assertTrue(result.heywoodCases().isEmpty());
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
        assertEquals(75, result.groupSizes()[0]);
    }

    @Test
    void observedInformationGivesDifferentButCloseStandardErrors() {
        SemResult observed = Sem.fit(LavaanReference.politicalDemocracy(), LavaanReference.data("PoliticalDemocracy.csv"),
                SemOptions.builder().information(InformationType.OBSERVED).build());
        ParameterEstimate e = observed.estimate("ind60", Operator.LOADING, "x2");
        ParameterEstimate x = result.estimate("ind60", Operator.LOADING, "x2");
        assertEquals(x.estimate(), e.estimate(), 1e-8);
        assertEquals(x.se(), e.se(), 0.1 * x.se());
    }
}
