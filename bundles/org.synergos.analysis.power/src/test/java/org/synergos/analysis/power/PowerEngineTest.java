package org.synergos.analysis.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultTable;
import org.synergos.model.AnalysisConfiguration;
import org.synergos.model.Framework;
import org.synergos.model.Parameter;
import org.synergos.model.io.ModelStore;
import org.synergos.sdk.testkit.EngineHarness;

/** Defaults, paper E's figure, the example study and refused parameters. */
class PowerEngineTest {

    /** examples/ of the checkout this bundle is in. */
    private static final Path EXAMPLE = Path.of("../../examples/sample-size");

    private static AnalysisResult run(Map<String, String> parameters) throws AnalysisException {
        return EngineHarness.run(new PowerEngine(), AnalysisInput.of(null, null, null), parameters);
    }

    @Test
    void defaultsAreGPowersAndGiveItsSampleSize() throws AnalysisException {
        // G*Power's defaults for "R² deviation from zero": f² 0.15, α 0.05, power 0.95, 5 predictors;
        // R (f-tests.csv, the row f2 0.15, 5 of 5, α 0.05, power 0.95) gives N = 138
        ResultTable table = run(Map.of()).table("power-analysis").orElseThrow();
        Map<String, Double> reference = ReferenceCsv.read("f-tests.csv").stream()
                .filter(r -> r.get("f2") == 0.15 && r.get("tested") == 5 && r.get("total") == 5
                        && r.get("alpha") == 0.05 && r.get("target") == 0.95)
                .findFirst().orElseThrow();
        assertEquals(reference.get("n"), table.number("r2-zero", "n"), 0);
        assertEquals(reference.get("power"), table.number("r2-zero", "power"), 1e-6);
    }

    @Test
    void paperEsMinimumSampleIs129() throws AnalysisException {
        // paper E: G*Power, f² 0.15, α 0.05, power 0.95, 4 predictors -> 129 (R: 0.9505747 at 129, 0.9488634 at 128)
        AnalysisResult result = run(Map.of("predictors", "4"));
        ResultTable table = result.table("power-analysis").orElseThrow();
        assertEquals(129, table.number("r2-zero", "n"), 0);
        Map<String, Double> reference = ReferenceCsv.read("f-tests.csv").stream()
                .filter(r -> r.get("f2") == 0.15 && r.get("tested") == 4 && r.get("total") == 4
                        && r.get("alpha") == 0.05 && r.get("target") == 0.95)
                .findFirst().orElseThrow();
        assertEquals(reference.get("n"), 129, 0);
        assertEquals(reference.get("power"), table.number("r2-zero", "power"), 1e-6);
        assertEquals(0.15 * 129, table.number("r2-zero", "noncentrality"), 1e-12);
        assertEquals(124, table.number("r2-zero", "df2"), 0);
        assertTrue(String.join(" ", table.notes()).contains(String.format(java.util.Locale.ROOT, "N − 1 = 128 gives %.4f",
                reference.get("power_below"))), table.notes().toString());
        assertEquals("4", result.provenance().get("parameter.predictors"));
        assertEquals("129", result.provenance().get("n"));
    }

    @Test
    void theSampleSizeExampleStudyGives129() throws Exception {
        Framework framework = ModelStore.load(EXAMPLE.resolve("model.synergos"));
        AnalysisConfiguration analysis = framework.getAnalyses().stream()
                .filter(a -> a.getEngineId().equals(PowerEngine.ID)).findFirst().orElseThrow();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Parameter parameter : analysis.getParameters()) {
            parameters.put(parameter.getKey(), parameter.getValue());
        }
        AnalysisResult result = EngineHarness.onModel(new PowerEngine(), EXAMPLE, parameters);
        assertEquals(129, result.table("power-analysis").orElseThrow().number("r2-zero", "n"), 0);
    }

    @Test
    void postHocPowerAtPaperEsSampleReachesTheTarget() throws AnalysisException {
        double at314 = run(Map.of("solve", "power", "n", "314", "predictors", "4")).table("power-analysis")
                .orElseThrow().number("r2-zero", "power");
        assertTrue(at314 > 0.9999, "power at paper E's n = 314: " + at314);
    }

    @Test
    void refusesParametersByName() {
        assertRefused(Map.of("test", "r2-increase", "tested", "6"), "parameter 'tested' = 6 exceeds parameter 'predictors' = 5");
        assertRefused(Map.of("rho", "0.5"), "parameter 'rho' does not apply to test=r2-zero");
        assertRefused(Map.of("test", "correlation", "f2", "0.35"), "parameter 'f2' does not apply to test=correlation");
        assertRefused(Map.of("tails", "one"), "parameter 'tails' does not apply to test=r2-zero");
        assertRefused(Map.of("n", "100"), "parameter 'n' does not apply to solve=n");
        assertRefused(Map.of("solve", "power", "power", "0.8"), "parameter 'power' does not apply to solve=power");
        assertRefused(Map.of("solve", "power"), "parameter 'n' is needed when solve=power");
        assertRefused(Map.of("solve", "power", "n", "6"), "parameter 'n' = 6 is too small");
        assertRefused(Map.of("alpha", "0"), "parameter 'alpha' = 0.0 is invalid");
        assertRefused(Map.of("power", "1"), "parameter 'power' = 1.0 is invalid");
        assertRefused(Map.of("f2", "0"), "parameter 'f2' = 0.0 is invalid");
        assertRefused(Map.of("test", "correlation", "rho", "0.999"), "parameter 'rho' = 0.999 is invalid");
        assertRefused(Map.of("test", "correlation", "rho", "0"), "parameters 'rho' and 'rho0' are equal");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> run(Map.of("k", "1")));
        assertTrue(unknown.getMessage().contains("has no parameter 'k'"), unknown.getMessage());
        IllegalArgumentException bounds = assertThrows(IllegalArgumentException.class,
                () -> run(Map.of("alpha", "1.5")));
        assertTrue(bounds.getMessage().contains("parameter 'alpha' = '1.5' is invalid"), bounds.getMessage());
    }

    private static void assertRefused(Map<String, String> parameters, String message) {
        AnalysisException e = assertThrows(AnalysisException.class, () -> run(parameters), parameters.toString());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
