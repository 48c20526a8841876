package org.synergos.analysis.mcpower.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultTable;

/**
 * Replication r draws from its own stream derived from (seed, r): every cell of the power table is bit-identical
 * for 1 and 4 threads and between runs, and another seed gives other numbers.
 */
class DeterminismTest {

    @ParameterizedTest(name = "method={0}")
    @ValueSource(strings = { "cb-sem", "pls-sem" })
    void resultsDoNotDependOnTheThreadCount(String method) throws Exception {
        Map<String, String> common = Models.params("method", method, "population", "reported", "loading", "0.75",
                "n", "80", "replications", method.equals("cb-sem") ? "200" : "40", "seed", "7");
        if (method.equals("pls-sem")) {
            common.put("pls-bootstrap", "50");
        }
        ResultTable one = run(common, "1");
        ResultTable four = run(common, "4");
        ResultTable again = run(common, "4");
        assertEquals(one.rows(), four.rows(), "1 vs 4 threads");
        assertEquals(four.rows(), again.rows(), "two runs with 4 threads");
        common.put("seed", "8");
        assertNotEquals(one.rows(), run(common, "2").rows(), "another seed");
    }

    private static ResultTable run(Map<String, String> common, String threads) throws Exception {
        Map<String, String> parameters = new java.util.LinkedHashMap<>(common);
        parameters.put("threads", threads);
        AnalysisResult result = Models.run(Models.mediationModel(0.3, 0.3, 0.2), null, parameters);
        return result.table("power").orElseThrow();
    }
}
