package org.synergos.analysis.sd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultTable;

/**
 * The fit of the synergy model's base RK4 run to its ILLUSTRATIVE observed series (cases/synergy/observed.csv)
 * against the same statistics computed in base R from the deSolve run (reference/synergy-fit.csv: RMSE, MAPE,
 * Theil's U1, U^M/U^S/U^C with divisor n after Sterman 1984, r checked there against cor()), within 1e-9
 * relative.
 */
class FitStatisticsTest {

    @Test
    void fitAsBaseR() throws Exception {
        AnalysisResult result = Reference.run("synergy", Map.of("method", "rk4", "scenarios", "none"));
        ResultTable fit = result.table("sd-fit").orElseThrow();
        assertEquals(1, fit.rows().size());
        List<Object> row = fit.rows().get(0);
        assertEquals("base", row.get(0));
        assertEquals("Knowledge", row.get(1));
        assertEquals("knowledge_observed", row.get(2));
        Map<String, String> expected = Reference.read("synergy-fit.csv").get(0);
        assertEquals(Integer.parseInt(expected.get("n")), ((Number) row.get(fit.columnIndex("n"))).intValue());
        for (String[] pair : new String[][] { { "rmse", "rmse" }, { "mape", "mape" }, { "theil_u1", "theil-u1" },
                { "um", "um" }, { "us", "us" }, { "uc", "uc" }, { "r", "r" } }) {
            double want = Double.parseDouble(expected.get(pair[0]));
            double got = ((Number) row.get(fit.columnIndex(pair[1]))).doubleValue();
            assertEquals(want, got, 1e-9 * Math.abs(want), pair[0]);
        }
    }

    /** Every run gets its fit row: base and both scenarios. */
    @Test
    void oneFitRowPerRun() throws Exception {
        AnalysisResult result = Reference.run("synergy", Map.of());
        ResultTable fit = result.table("sd-fit").orElseThrow();
        assertEquals(List.of("base", "no synergy", "strong policy"), fit.rows().stream().map(r -> r.get(0)).toList());
    }
}
