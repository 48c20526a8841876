package org.synergos.analysis.cbsem.core;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MLR (Huber–White SEs from the observed information, Yuan–Bentler "mplus" scaled test, robust
 * CFI/TLI/RMSEA) against lavaan 0.6-14, R 4.2.2 ({@code poldem_mlr_*}: {@code sem(model, data,
 * estimator = "MLR")}). Tolerance 1e-4 relative (absolute 1e-6 near 0).
 */
class SemMlrTest {

    private static final double REL = 1e-4;
    private static final double ABS = 1e-6;
    private static final LavaanReference REF = new LavaanReference();
    private static SemResult result;

    @BeforeAll
    static void fit() {
        result = Sem.fit(LavaanReference.politicalDemocracy(), LavaanReference.data("PoliticalDemocracy.csv"),
                SemOptions.builder().estimator(Estimator.MLR).build());
    }

    @AfterAll
    static void report() {
        System.out.println(REF.report("MLR"));
    }

    @Test
    void robustStandardErrorsMatchLavaan() {
        // reference: lavaan 0.6-14, R 4.2.2, poldem_mlr_params.csv; tolerance 1e-4 relative
        REF.assertParameters("lavaan_poldem_variants/poldem_mlr_params.csv", result, REL, ABS, true);
    }

    @Test
    void scaledAndRobustFitMeasuresMatchLavaan() {
        // reference: lavaan 0.6-14, R 4.2.2, poldem_mlr_fit.json; tolerance 1e-4 relative
        REF.assertFitMeasures("lavaan_poldem_variants/poldem_mlr_fit.json", result, List.of("chisq", "df",
                "chisq.scaled", "pvalue.scaled", "chisq.scaling.factor", "baseline.chisq.scaled",
                "baseline.chisq.scaling.factor", "cfi.scaled", "tli.scaled", "cfi.robust", "tli.robust",
                "scaling.factor.h1", "scaling.factor.h0", "rmsea.scaled", "rmsea.ci.lower.scaled",
                "rmsea.ci.upper.scaled", "rmsea.pvalue.scaled", "rmsea.robust", "rmsea.ci.lower.robust",
                "rmsea.ci.upper.robust", "rmsea.pvalue.robust", "rmsea.notclose.pvalue.robust", "srmr", "cfi", "tli",
                "rmsea", "aic", "bic", "logl"), REL, ABS);
    }
}
