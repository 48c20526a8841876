package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FIML (casewise likelihood, observed information, EM-based H1) on the 5%-missing copy against
 * lavaan 0.6-14, R 4.2.2 ({@code poldem_fiml_*}: {@code sem(model, data, missing = "ml")}; bundled
 * {@code poldem_fiml_expected_*} with {@code information = "expected"}, written by {@code reference/run.R}).
 * Tolerance 1e-4 relative (absolute 1e-6 near 0).
 */
class SemFimlTest {

    private static final double REL = 1e-4;
    private static final double ABS = 1e-6;
    private static final LavaanReference REF = new LavaanReference();
    private static SemResult result;

    @BeforeAll
    static void fit() {
        result = Sem.fit(LavaanReference.politicalDemocracy(),
                LavaanReference.data("PoliticalDemocracy_missing5pct.csv"),
                SemOptions.builder().missing(MissingData.FIML).build());
    }

    @AfterAll
    static void report() {
        System.out.println(REF.report("FIML"));
    }

    @Test
    void estimatesAndStandardErrorsMatchLavaan() {
        // reference: lavaan 0.6-14, R 4.2.2, poldem_fiml_params.csv; tolerance 1e-4 relative
        REF.assertParameters("lavaan_poldem_variants/poldem_fiml_params.csv", result, REL, ABS, true);
        assertEquals(75, result.groupSizes()[0], "all cases kept");
    }

    @Test
    void fitMeasuresMatchLavaan() {
        // reference: lavaan 0.6-14, R 4.2.2, poldem_fiml_fit.json; tolerance 1e-4 relative
        REF.assertFitMeasures("lavaan_poldem_variants/poldem_fiml_fit.json", result, List.of("npar", "chisq", "df",
                "pvalue", "baseline.chisq", "baseline.df", "cfi", "tli", "logl", "unrestricted.logl", "aic", "bic",
                "bic2", "rmsea", "rmsea.ci.upper", "rmsea.pvalue", "srmr"), REL, ABS);
    }

    @Test
    void expectedInformationStandardErrorsMatchLavaan() {
        // the expected information of the observed-data likelihood (summed over the missing-data
        // patterns at the implied moments), lavaan's information = "expected" with missing = "ml";
        // reference: lavaan 0.6-14, R 4.2.2, bundled poldem_fiml_expected_params.csv; tolerance 1e-4
        SemResult expected = Sem.fit(LavaanReference.politicalDemocracy(),
                LavaanReference.data("PoliticalDemocracy_missing5pct.csv"),
                SemOptions.builder().missing(MissingData.FIML).information(InformationType.EXPECTED).build());
        REF.assertParameters(LavaanReference.BUNDLED + "poldem_fiml_expected_params.csv", expected, REL, ABS, true);
    }

    @Test
    void fimlCorrectedRobustIndicesMatchLavaan() {
        // robust CFI/TLI/RMSEA with missing data (normal-theory version of the FIML correction);
        // reference: lavaan 0.6-14, R 4.2.2, poldem_fiml_fit.json; tolerance 1e-4 relative
        REF.assertFitMeasures("lavaan_poldem_variants/poldem_fiml_fit.json", result, List.of("cfi.robust",
                "tli.robust", "nnfi.robust", "rmsea.robust", "rmsea.ci.lower.robust", "rmsea.ci.upper.robust",
                "rmsea.pvalue.robust", "rmsea.notclose.pvalue.robust"), REL, ABS);
    }
}
