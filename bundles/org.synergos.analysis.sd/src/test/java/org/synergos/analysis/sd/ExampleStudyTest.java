package org.synergos.analysis.sd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.sdk.testkit.EngineHarness;

/**
 * examples/sd-synergy (written by releng/examples-builder) runs as the user gets it — the model's own settings
 * (RK4) and the engine's defaults — and its base run equals deSolve's RK4 solution of the test case synergy
 * (reference/synergy-rk4.csv) within 1e-9 relative: the example and the checked model are the same model.
 */
class ExampleStudyTest {

    static final Path EXAMPLE = Path.of("../../examples/sd-synergy");

    @Test
    void exampleEqualsTheCheckedModel() throws Exception {
        AnalysisResult result = EngineHarness.onModel(new SystemDynamicsEngine(), EXAMPLE, Map.of());
        assertTrue(result.isSuccessful());
        ResultTable series = result.table("sd-series").orElseThrow();
        // the example keys its elements "sd.<name>"; the test case by name: compare through the column labels
        List<ResultColumn> columns = series.columns();
        ResultTable.Builder renamed = ResultTable.builder(series.id(), series.title());
        for (ResultColumn c : columns) {
            renamed.column(new ResultColumn(c.id().startsWith("sd.") ? c.label() : c.id(), c.label(), c.unit(),
                    c.format(), c.decimals()));
        }
        series.rows().forEach(renamed::row);
        DeSolveReferenceTest.compare(renamed.build(), "base", Reference.read("synergy-rk4.csv"), "examples/sd-synergy");
        assertEquals(List.of("base", "no synergy", "strong policy"),
                result.table("sd-runs").orElseThrow().rows().stream().map(r -> r.get(0)).toList());
        assertTrue(result.table("sd-fit").isPresent());
    }

    @Test
    void exampleObservedDataAreTheCheckedOnes() throws Exception {
        assertArrayEquals(Files.readAllBytes(Reference.CASES.resolve("synergy/observed.csv")),
                Files.readAllBytes(EXAMPLE.resolve("observed.csv")));
    }
}
