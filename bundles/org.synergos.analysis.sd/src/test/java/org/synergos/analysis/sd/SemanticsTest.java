package org.synergos.analysis.sd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultTable;
import org.synergos.model.LookupInterpolation;
import org.synergos.model.Stock;

/** The equation language and Vensim's Euler semantics on values that can be checked by hand. */
class SemanticsTest {

    private static ResultTable series(Models m) throws Exception {
        AnalysisResult result = m.run(Map.of("scenarios", "none"));
        return result.table("sd-series").orElseThrow();
    }

    private static List<Double> column(ResultTable table, String id) {
        return table.rows().stream().map(r -> ((Number) r.get(table.columnIndex(id))).doubleValue()).toList();
    }

    /** S(t+dt) = S(t) + dt·rate(t); the flow saved at t is the rate computed from the stock at t. */
    @Test
    void eulerAsVensim() throws Exception {
        Models m = new Models();
        Stock s = m.stock("S", "100", null);
        m.flow("growth", "S * 0.1", null, null, s);
        ResultTable t = series(m);
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0), column(t, "time"));
        List<Double> stock = column(t, "S");
        List<Double> flow = column(t, "growth");
        double expected = 100;
        for (int n = 0; n < 5; n++) {
            assertEquals(expected, stock.get(n), 1e-12);
            assertEquals(expected * 0.1, flow.get(n), 1e-12);
            expected += 1.0 * expected * 0.1;
        }
    }

    @Test
    void operatorsPrecedenceAndFunctions() throws Exception {
        Models m = new Models();
        Stock s = m.stock("S", "0", null);
        m.flow("f", "0", null, null, s);
        String[][] cases = { { "2 + 3 * 4", "14" }, { "-2 ^ 2", "-4" }, { "2 ^ 3 ^ 2", "512" }, { "(2 + 3) * 4", "20" },
                { "10 / 4 / 5", "0.5" }, { "MIN(3, 1, 2) + MAX(3, 7)", "8" }, { "ABS(-2.5)", "2.5" },
                { "LN(EXP(2))", "2" }, { "SQRT(16)", "4" }, { "IF THEN ELSE(1 < 2, 10, 20)", "10" },
                { "IF(2 <= 1, 10, 20)", "20" }, { "IF 3 > 2 AND NOT 1 = 2 THEN 1 ELSE 0", "1" },
                { "1 <> 1 OR 2 >= 3", "0" }, { "1.5e1 + .5", "15.5" }, { "DT", "1" } };
        for (int i = 0; i < cases.length; i++) {
            m.aux("x" + i, cases[i][0], null);
        }
        ResultTable t = series(m);
        for (int i = 0; i < cases.length; i++) {
            assertEquals(Double.parseDouble(cases[i][1]), column(t, "x" + i).get(0), 1e-12, cases[i][0]);
        }
    }

    /** STEP, RAMP and PULSE at the saved times 0 … 4 (Vensim's definitions; PySD's functions.py). */
    @Test
    void testInputs() throws Exception {
        Models m = new Models();
        Stock s = m.stock("S", "0", null);
        m.flow("f", "0", null, null, s);
        m.aux("step_input", "STEP(5, 2)", null);
        m.aux("ramp_input", "RAMP(2, 1, 3)", null);
        m.aux("open_ramp", "RAMP(1, 2)", null);
        m.aux("pulse_input", "PULSE(1, 2)", null);
        m.aux("pulse0", "PULSE(3, 0)", null);
        m.aux("clock", "TIME", null);
        ResultTable t = series(m);
        assertEquals(List.of(0.0, 0.0, 5.0, 5.0, 5.0), column(t, "step_input"));
        assertEquals(List.of(0.0, 0.0, 2.0, 4.0, 4.0), column(t, "ramp_input"));
        assertEquals(List.of(0.0, 0.0, 0.0, 1.0, 2.0), column(t, "open_ramp"));
        assertEquals(List.of(0.0, 1.0, 1.0, 0.0, 0.0), column(t, "pulse_input"));
        assertEquals(List.of(0.0, 0.0, 0.0, 1.0, 0.0), column(t, "pulse0"), "width 0 = one time step");
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0), column(t, "clock"));
    }

    @Test
    void lookupsInterpolateAndHoldTheirEnds() throws Exception {
        Models m = new Models();
        Stock s = m.stock("S", "0", null);
        m.flow("f", "0", null, null, s);
        m.lookup("lin", List.of(1.0, 3.0), List.of(10.0, 30.0));
        m.lookup("stair", List.of(1.0, 3.0), List.of(10.0, 30.0)).setInterpolation(LookupInterpolation.STEP);
        m.aux("a", "lin(TIME)", null);
        m.aux("b", "stair(TIME)", null);
        ResultTable t = series(m);
        assertEquals(List.of(10.0, 10.0, 20.0, 30.0, 30.0), column(t, "a"));
        assertEquals(List.of(10.0, 10.0, 10.0, 30.0, 30.0), column(t, "b"));
    }

    @Test
    void quotedNamesAndUnicode() throws Exception {
        Models m = new Models();
        Stock s = m.stock("知识存量", "5", null);
        m.flow("f", "0", null, null, s);
        m.aux("knowledge per head", "知识存量 / 5", null);
        m.aux("double", "\"knowledge per head\" * 2", null);
        assertEquals(2.0, column(series(m), "double").get(0), 0);
    }

    @Test
    void scenariosAndTheirTables() throws Exception {
        AnalysisResult result = Reference.run("synergy", Map.of());
        ResultTable runs = result.table("sd-runs").orElseThrow();
        assertEquals(List.of("base", "no synergy", "strong policy"), runs.rows().stream().map(r -> r.get(0)).toList());
        assertEquals("synergy_strength = 0", runs.rows().get(1).get(2));
        assertEquals("policy_support = 0.5", runs.rows().get(2).get(2));
        double withSynergy = ((Number) runs.rows().get(0).get(runs.columnIndex("Knowledge"))).doubleValue();
        double without = ((Number) runs.rows().get(1).get(runs.columnIndex("Knowledge"))).doubleValue();
        assertTrue(withSynergy > without, "synergy raises the knowledge stock");
        ResultTable equations = result.table("sd-equations").orElseThrow();
        assertEquals("INTEG(knowledge_creation − obsolescence, K0)", equations.cell("Knowledge", "definition"));
        assertTrue(result.elementValues().stream().anyMatch(v -> v.elementId().equals("Knowledge") && v.key().equals("sd-final")));
    }
}
