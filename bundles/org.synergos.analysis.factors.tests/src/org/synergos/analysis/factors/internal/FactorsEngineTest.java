package org.synergos.analysis.factors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.Severity;
import org.synergos.model.Framework;
import org.synergos.model.Index;
import org.synergos.model.Observation;
import org.synergos.model.SummaryStatistics;
import org.synergos.model.SynergosFactory;
import org.synergos.model.helpers.Elements;
import org.synergos.model.io.ModelStore;
import org.synergos.testing.TestResources;

/** Paper A (Liang &amp; Liang), Table 2, from examples/influencing-factors; computed statistics on hand-made data. */
class FactorsEngineTest {

    /**
     * Paper A, Table 2 (2023): mean, SD, max, min of each index, in the paper's order (the specification).
     * Percent indices are stored in percent units (63.25 for 63.25%).
     */
    private static final double[][] PAPER_A_TABLE_2 = { { 186.7, 32.4, 250, 120 }, { 57.3, 12.5, 80, 40 },
            { 4.2, 0.8, 5, 3 }, { 63.25, 10.6, 80, 50 }, { 3050, 450, 4000, 2000 }, { 130, 25, 180, 90 },
            { 210, 20, 240, 180 }, { 25.8, 3.5, 30, 20 }, { 12, 2, 15, 10 }, { 7.3, 2.1, 12, 5 },
            { 370, 50, 420, 320 }, { 5.8, 1.7, 8, 4 }, { 18.6, 4.3, 25, 15 }, { 9.4, 3, 15, 5 }, { 8.2, 1.1, 10, 6 },
            { 7.6, 0.9, 9, 6 } };

    @Test
    void reproducesPaperATable2AsReported() throws Exception {
        Framework framework = ModelStore.load(TestResources.path("../../examples/influencing-factors/model.synergos"));
        AnalysisResult result = run(framework, null);
        ResultTable table = result.table("influencing-factors").orElseThrow();
        assertEquals(16, table.rows().size());
        String[] columns = { "reported-mean", "reported-sd", "reported-max", "reported-min" };
        for (int row = 0; row < 16; row++) {
            for (int c = 0; c < 4; c++) {
                assertEquals(PAPER_A_TABLE_2[row][c],
                        ((Number) table.rows().get(row).get(table.columnIndex(columns[c]))).doubleValue(), 1e-12,
                        "row " + (row + 1) + " " + columns[c]);
            }
            assertEquals("as reported", table.rows().get(row).get(table.columnIndex("check")));
            assertEquals(null, table.rows().get(row).get(table.columnIndex("mean")), "no observations to compute from");
        }
        assertEquals("组织与合作 (organization & cooperation)", table.rows().get(0).get(0));
        assertEquals("days", table.rows().get(6).get(table.columnIndex("unit")));
        assertEquals("industry database", table.rows().get(0).get(table.columnIndex("source")));
        assertEquals(186.7, result.elementValues().stream().filter(v -> v.elementId().equals("index.cooperative_enterprises")
                && v.key().equals("mean")).findFirst().orElseThrow().value());
        assertTrue(result.isSuccessful(), result.messages().toString());
    }

    @Test
    void computesFromObservationsGroupsByCategoryAndChecksAgainstReported() throws Exception {
        Framework framework = Elements.framework("computed");
        // 3, 4, 5: mean 4, SD sqrt(((-1)² + 0 + 1²) / 2) = 1, max 5, min 3
        index(framework, "index.a", "alpha", 4, 1, 5, 3, 3, 4, 5);
        index(framework, "index.b", "beta", 4.2, 1, 5, 3, 3, 4, 5);
        index(framework, "index.c", "alpha", Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1, 2);
        ResultTable table = run(framework, null).table("influencing-factors").orElseThrow();
        assertEquals(List.of("index.a", "index.c", "index.b"),
                table.rows().stream().map(r -> r.get(table.columnIndex("element"))).toList(), "grouped by category");
        assertEquals(4.0, table.number("alpha", "mean"), 1e-12);
        assertEquals(1.0, table.number("alpha", "sd"), 1e-12);
        assertEquals(3, table.rows().get(0).get(table.columnIndex("n")));
        assertEquals("matches", table.rows().get(0).get(table.columnIndex("check")));
        assertEquals("computed", table.rows().get(1).get(table.columnIndex("check")));
        assertEquals("differs: mean", table.rows().get(2).get(table.columnIndex("check")));
    }

    @Test
    void observationsOutsideTheIndexYearAndBadPeriodsAreLeftOutWithMessages() throws Exception {
        Framework framework = Elements.framework("years");
        Index index = index(framework, "index.y", "c", Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        index.setYear(2023);
        observe(index, 10, "2023-Q1");
        observe(index, 20, "2023-05");
        observe(index, 1000, "2022");
        observe(index, 500, "someday");
        AnalysisResult result = run(framework, null);
        ResultTable table = result.table("influencing-factors").orElseThrow();
        assertEquals(15.0, table.number("c", "mean"), 1e-12);
        assertTrue(result.messages().stream().anyMatch(m -> m.severity() == Severity.WARNING
                && m.elementId().equals("index.y") && m.text().contains("'someday'")), result.messages().toString());
    }

    static AnalysisResult run(Framework framework, org.synergos.data.Dataset data) throws Exception {
        FactorsEngine engine = new FactorsEngine();
        return engine.run(new AnalysisRequest(AnalysisInput.of(framework, data, null),
                org.synergos.analysis.api.Parameters.resolve(engine.descriptor(), Map.of()), null),
                AnalysisMonitor.silent());
    }

    static Index index(Framework framework, String id, String category, double mean, double sd, double max,
            double min, double... values) {
        Index index = SynergosFactory.eINSTANCE.createIndex();
        index.setId(id);
        index.setName(id);
        index.setCategory(category);
        if (!Double.isNaN(mean)) {
            SummaryStatistics summary = SynergosFactory.eINSTANCE.createSummaryStatistics();
            summary.setMean(mean);
            summary.setSd(sd);
            summary.setMax(max);
            summary.setMin(min);
            index.setSummary(summary);
        }
        framework.getIndices().add(index);
        for (double value : values) {
            observe(index, value, null);
        }
        return index;
    }

    static void observe(Index index, double value, String period) {
        Observation observation = SynergosFactory.eINSTANCE.createObservation();
        observation.setValue(value);
        observation.setPeriod(period);
        index.getObservations().add(observation);
    }
}
