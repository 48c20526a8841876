package org.synergos.analysis.cbsem.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.ResultTable;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.model.Framework;
import org.synergos.model.StructuralPath;
import org.synergos.model.lavaan.LavaanReader;
import org.synergos.testing.ReferenceResults;
import org.synergos.testing.ReferenceTable;

/**
 * The engine on a matrix file bound as the model's data, with the defaults a user gets, against lavaan 0.6-14
 * (R 4.2.2) given the same file ({@code reference/lavaan_samplecov}); 1e-4 relative.
 */
class CbsemSummaryDataEngineTest {

    private static final String HS = "visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6\nspeed =~ x7 + x8 + x9";

    @Test
    void aCovarianceMatrixThroughTheEngineReproducesLavaan() throws Exception {
        Framework framework = LavaanReader.read(CbsemEngineTest.MODEL);
        AnalysisResult result = run(framework, "poldem_cov_lower.csv", Map.of());
        JsonNode fit = ReferenceResults.json("lavaan_samplecov/poldem_cov_lower_fit.json").get("fit_measures_all");
        ResultTable fitTable = result.table("fit").orElseThrow();
        for (String measure : new String[] { "chisq", "df", "cfi", "tli", "rmsea", "srmr", "aic", "bic" }) {
            assertRelative(fit.get(measure).asDouble(), fitTable.number(measure, "value"), measure);
        }
        ReferenceTable params = ReferenceResults.table("lavaan_samplecov/poldem_cov_lower_params.csv");
        StructuralPath path = framework.getPaths().stream()
                .filter(p -> p.getSource().getCode().equals("dem60") && p.getTarget().getCode().equals("dem65"))
                .findFirst().orElseThrow();
        ElementValue beta = result.elementValues().stream()
                .filter(v -> v.elementId().equals(path.getId()) && v.key().equals("beta")).findFirst().orElseThrow();
        assertRelative(params.number(row(params, "dem65", "~", "dem60"), "std.all"), beta.value(), "β dem60 → dem65");
        assertEquals("summary statistics from poldem_cov_lower.csv (covariance matrix, n = 75)",
                result.provenance().get("data"));
        assertEquals("75", result.provenance().get("n"));
    }

    @Test
    void groupsComeFromTheGroupColumnOfTheMatrixFile() throws Exception {
        AnalysisResult result = run(LavaanReader.read(HS), "hs_school_cov_mean.csv", Map.of("group", "school"));
        JsonNode fit = ReferenceResults.json("lavaan_samplecov/hs_school_cov_mean_fit.json").get("fit_measures_all");
        assertRelative(fit.get("chisq").asDouble(), result.table("fit").orElseThrow().number("chisq", "value"), "chisq");
        assertTrue(result.provenance().get("data").contains("covariance matrix and means, n = 301"),
                result.provenance().toString());
    }

    @Test
    void correlationsWithoutSdsAreFittedWithAWarning() throws Exception {
        AnalysisResult result = run(LavaanReader.read(HS), "hs_corr_upper.csv", Map.of());
        JsonNode fit = ReferenceResults.json("lavaan_samplecov/hs_corr_upper_fit.json").get("fit_measures_all");
        assertRelative(fit.get("chisq").asDouble(), result.table("fit").orElseThrow().number("chisq", "value"), "chisq");
        assertTrue(result.messages().stream().anyMatch(m -> m.text().contains("correlations without standard deviations")),
                result.messages().toString());
    }

    @Test
    void rawDataOptionsAreRefusedByName() throws Exception {
        Framework framework = LavaanReader.read(CbsemEngineTest.MODEL);
        AnalysisException fiml = assertThrows(AnalysisException.class,
                () -> run(framework, "poldem_cov_lower.csv", Map.of("missing", "fiml")));
        assertTrue(fiml.getMessage().contains("missing = fiml needs the raw data"), fiml.getMessage());
        AnalysisException boot = assertThrows(AnalysisException.class,
                () -> run(framework, "poldem_cov_lower.csv", Map.of("bootstrap", "200")));
        assertTrue(boot.getMessage().contains("bootstrap standard errors need the raw data"), boot.getMessage());
    }

    private static AnalysisResult run(Framework framework, String matrixFile, Map<String, String> parameters)
            throws Exception {
        Dataset data = new CsvDatasetReader().read(ReferenceResults.data("matrix/" + matrixFile));
        CbsemEngine engine = new CbsemEngine();
        AnalysisInput input = AnalysisInput.of(framework, data, null);
        assertTrue(engine.applicability(input).applicable(), engine.applicability(input).reasons().toString());
        return engine.run(new AnalysisRequest(input, Parameters.resolve(engine.descriptor(), parameters), null),
                AnalysisMonitor.silent());
    }

    private static int row(ReferenceTable params, String lhs, String op, String rhs) {
        for (int i = 0; i < params.rowCount(); i++) {
            if (params.cell(i, "lhs").equals(lhs) && params.cell(i, "op").equals(op) && params.cell(i, "rhs").equals(rhs)) {
                return i;
            }
        }
        throw new AssertionError(lhs + op + rhs);
    }

    private static void assertRelative(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-4 * Math.max(1e-6, Math.abs(expected)), what + " (lavaan 0.6-14)");
    }
}
