package org.synergos.analysis.coupling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.model.Framework;
import org.synergos.model.io.ModelStore;
import org.synergos.model.validation.SynergosValidation;
import org.synergos.sdk.testkit.EngineHarness;

/**
 * The example study examples/coupling-coordination is the test case tfi-periods: the same files (so the
 * numbers the reference checks are the example's), a valid model that ModelStore writes byte for byte, and
 * an analysis entry that runs this engine with the study's configuration.
 */
class ExampleStudyTest {

    static final Path EXAMPLE = Path.of("../../examples/coupling-coordination");

    @TempDir
    Path dir;

    @Test
    void theExampleIsTheTestCase() throws Exception {
        for (String file : List.of("data.csv", "coupling.json", "model.synergos")) {
            assertArrayEquals(Files.readAllBytes(Reference.CASES.resolve("tfi-periods").resolve(file)),
                    Files.readAllBytes(EXAMPLE.resolve(file)), file + " differs from the test case's copy");
        }
    }

    @Test
    void theModelIsValidAndSavedAsModelStoreWritesIt() throws Exception {
        Framework framework = ModelStore.load(EXAMPLE.resolve("model.synergos"));
        Diagnostic result = SynergosValidation.validate(framework);
        assertEquals(List.of(), result.getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.WARNING)
                .map(Diagnostic::getMessage).toList());
        Path copy = dir.resolve("model.synergos");
        ModelStore.save(framework, copy);
        assertArrayEquals(Files.readAllBytes(EXAMPLE.resolve("model.synergos")), Files.readAllBytes(copy));
        assertEquals("coupling-coordination", framework.getAnalyses().get(0).getEngineId());
        assertEquals(Map.of("configuration", "coupling.json"), Map.of(framework.getAnalyses().get(0).getParameters().get(0)
                .getKey(), framework.getAnalyses().get(0).getParameters().get(0).getValue()));
    }

    @Test
    void theExampleRunsWithItsDefaults() throws Exception {
        AnalysisResult result = EngineHarness.onModel(new CouplingCoordinationEngine(), EXAMPLE, Map.of());
        assertEquals(12, result.table("coupling-coordination").orElseThrow().rows().size());
        assertEquals("优质协调", result.table("coupling-coordination").orElseThrow().cell("2023", "level-zh"));
    }
}
