package org.synergos.examples.entropy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultTable;
import org.synergos.sdk.testkit.EngineHarness;

class EntropyWeightEngineTest {

    private static final Path DATA = Path.of("src/test/resources/three-rows.csv");

    /**
     * By hand: a = 1, 2, 3 normalises to 0, .5, 1, so p = 0, 1/3, 2/3 and e_a = (1/3 ln 3 + 2/3 ln 3/2) / ln 3;
     * b = 3, 3, 6 normalises to 0, 0, 1, so p = 0, 0, 1 and e_b = 0. Weights are (1 - e) / sum(1 - e).
     */
    @Test
    void weightsOfAHandWorkedExample() throws Exception {
        AnalysisResult result = EngineHarness.onCsv(new EntropyWeightEngine(), DATA, Map.of());
        ResultTable table = result.table("entropy-weights").orElseThrow();
        double ea = (Math.log(3) / 3 + 2 * Math.log(1.5) / 3) / Math.log(3);
        assertEquals(ea, table.number("a", "entropy"), 1e-12);
        assertEquals(0, table.number("b", "entropy"), 1e-12);
        assertEquals((1 - ea) / (2 - ea), table.number("a", "weight"), 1e-12);
        assertEquals(1 / (2 - ea), table.number("b", "weight"), 1e-12);
        assertEquals(2, table.rows().size(), "the text column is not an indicator");
    }

    @Test
    void anUnknownColumnIsRefusedByName() {
        AnalysisException error = assertThrows(AnalysisException.class,
                () -> EngineHarness.onCsv(new EntropyWeightEngine(), DATA, Map.of("columns", "a,c")));
        assertEquals("column 'c' is not in three-rows.csv", error.getMessage());
    }
}
