package org.synergos.analysis.changerange.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.Severity;
import org.synergos.model.Framework;
import org.synergos.model.io.ModelStore;
import org.synergos.testing.TestResources;

/** Paper A (Liang &amp; Liang), Table 1, recomputed from examples/change-range. */
class ChangeRangeEngineTest {

    /**
     * Change % exactly as printed in paper A, Table 1 (the specification, not tool output), in the model's
     * (= the paper's) row order: R&amp;D investment, R&amp;D personnel, development cycle, launch time, patent
     * growth, technology platforms, cost saving, sales growth, profit growth, customer satisfaction.
     */
    private static final double[] PAPER_A_TABLE_1_CHANGE_PERCENT = { 40, 50, -33.33, -33.33, 133.33, 150, 150, 150,
            200, 200 };

    @Test
    void reproducesPaperATable1ChangePercentToTwoDecimals() throws Exception {
        ResultTable table = run(example(), Map.of()).table("change-range").orElseThrow();
        assertEquals(10, table.rows().size());
        int percent = table.columnIndex("change-percent");
        for (int row = 0; row < 10; row++) {
            double computed = ((Number) table.rows().get(row).get(percent)).doubleValue();
            assertEquals(BigDecimal.valueOf(PAPER_A_TABLE_1_CHANGE_PERCENT[row]).setScale(2),
                    BigDecimal.valueOf(computed).setScale(2, RoundingMode.HALF_UP), "row " + (row + 1));
        }
    }

    @Test
    void rowsKeepModelOrderWithUnitsValuesAndDirectionAwareVerdicts() throws Exception {
        ResultTable table = run(example(), Map.of()).table("change-range").orElseThrow();
        List<Object> first = table.rows().get(0);
        assertEquals("研发投入 (R&D investment)", first.get(0));
        assertEquals("10k yuan", first.get(table.columnIndex("unit")));
        assertEquals(750000.0, first.get(table.columnIndex("before")));
        assertEquals(1050000.0, first.get(table.columnIndex("after")));
        assertEquals(300000.0, first.get(table.columnIndex("change")));
        List<Object> cycle = table.rows().get(2);
        assertEquals("index.development_cycle", cycle.get(table.columnIndex("element")));
        assertEquals(-6.0, cycle.get(table.columnIndex("change")));
        assertEquals("lower is better", cycle.get(table.columnIndex("direction")));
        assertEquals("improved", cycle.get(table.columnIndex("improved")), "a shorter cycle is an improvement");
        for (List<Object> row : table.rows()) {
            assertEquals("improved", row.get(table.columnIndex("improved")));
            assertEquals("matches", row.get(table.columnIndex("check")), "recomputed vs the model's reported value");
        }
        assertEquals(0, table.columns().get(table.columnIndex("before")).decimals(), "Table 1 prints integers");
    }

    @Test
    void changePercentAndVerdictAreOverlaidOnIndices() throws Exception {
        AnalysisResult result = run(example(), Map.of());
        ElementValue cycle = result.elementValues().stream()
                .filter(v -> v.elementId().equals("index.development_cycle") && v.key().equals("change-percent"))
                .findFirst().orElseThrow();
        assertEquals(-33.333333, cycle.value(), 1e-6);
        assertEquals("-33.33%", cycle.display());
        assertTrue(result.isSuccessful(), result.messages().toString());
        assertTrue(result.provenance().get("definition.change-percent").contains("/ before * 100"));
    }

    @Test
    void elasticitiesToRdInvestmentOverTable1() throws Exception {
        AnalysisResult result = run(example(), Map.of("elasticity-of", "index.rd_investment"));
        ResultTable table = result.table("elasticities").orElseThrow();
        assertEquals(9, table.rows().size(), "every other index");
        // R&D personnel 120 -> 180: (60/150) / (300000/900000) = 0.4 / (1/3) = 1.2
        assertEquals(1.2, table.number("研发人员 (R&D personnel)", "elasticity"), 1e-12);
        // development cycle 18 -> 12: (-6/15) / (1/3) = -1.2
        assertEquals(-1.2, table.number("新产品开发周期 (new product development cycle)", "elasticity"), 1e-12);
    }

    static Framework example() throws Exception {
        return ModelStore.load(TestResources.path("../../examples/change-range/model.synergos"));
    }

    static AnalysisResult run(Framework framework, Map<String, String> parameters) throws Exception {
        ChangeRangeEngine engine = new ChangeRangeEngine();
        return engine.run(new AnalysisRequest(AnalysisInput.of(framework, null, null),
                Parameters.resolve(engine.descriptor(), parameters), null), AnalysisMonitor.silent());
    }

    static boolean hasMessage(AnalysisResult result, Severity severity, String elementId, String text) {
        return result.messages().stream().anyMatch(m -> m.severity() == severity && m.elementId().equals(elementId)
                && m.text().contains(text));
    }

    @Test
    void noPairsStillCompletes() throws Exception {
        Framework framework = org.synergos.model.helpers.Elements.framework("empty");
        AnalysisResult result = run(framework, Map.of());
        assertTrue(result.tables().isEmpty());
        assertNull(result.table("change-range").orElse(null));
        assertTrue(result.isCompleted());
    }
}
