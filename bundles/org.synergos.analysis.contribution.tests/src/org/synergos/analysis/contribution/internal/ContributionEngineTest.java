package org.synergos.analysis.contribution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.Severity;
import org.synergos.data.Dataset;
import org.synergos.model.Framework;
import org.synergos.model.io.ModelStore;
import org.synergos.testing.TestResources;

/**
 * Mapping of the SEM engines' tables to the contribution table, with canned results shaped like the
 * cb-sem {@code parameters} and pls-sem {@code structural-model} tables. The canned numbers are paper A's
 * Table 3 (β 0.45/0.60/0.50/0.55, SE 0.05/0.04/0.06/0.05, CIs as printed), used here as plain inputs.
 */
class ContributionEngineTest {

    @Test
    void cbsemParametersBecomeTable3SortedByBeta() throws Exception {
        DirectExecutor executor = DirectExecutor.canned(cbsemResult());
        AnalysisResult result = run(executor, Map.of("outcome", "construct.CIPF", "bootstrap", "500"));
        assertEquals("cb-sem", executor.lastEngineId);
        assertEquals(Map.of("bootstrap", "500"), executor.lastParameters);
        ResultTable table = result.table("contribution").orElseThrow();
        assertEquals(List.of("KNO", "MKP", "TTR", "RDI"),
                table.rows().stream().map(r -> r.get(table.columnIndex("predictor"))).toList(), "β descending");
        assertEquals(0.60, table.number("知识产出 (knowledge output)", "beta"), 1e-12);
        assertEquals(0.04, table.number("知识产出 (knowledge output)", "se"), 1e-12);
        assertEquals("[0.52, 0.68]", table.cell("知识产出 (knowledge output)", "ci"));
        assertEquals("< 0.001", table.cell("知识产出 (knowledge output)", "p-text"));
        assertEquals("***", table.cell("知识产出 (knowledge output)", "stars"));
        assertEquals("< 0.01", table.cell("研发投入 (R&D input)", "p-text"));
        assertEquals("**", table.cell("研发投入 (R&D input)", "stars"));
        assertEquals(0.6, table.number("知识产出 (knowledge output)", "reported-beta"), "paper A Table 3 in the model");
        assertTrue(table.columns().get(table.columnIndex("se")).label().contains("unstandardised"));
        assertTrue(String.join(" ", table.notes()).contains("std.all"));
        assertEquals("0.60***", result.elementValues().stream()
                .filter(v -> v.elementId().equals("structuralPath.P2") && v.key().equals("beta")).findFirst()
                .orElseThrow().display());
    }

    @Test
    void plsStructuralModelIsReadByPathLabel() throws Exception {
        ResultTable structural = ResultTable.builder("structural-model", "paths")
                .column(ResultColumn.text("hypothesis", "Hypothesis")).column(ResultColumn.text("path", "Path"))
                .column(ResultColumn.decimal("beta", "β", 3)).column(ResultColumn.decimal("mean", "M", 3))
                .column(ResultColumn.decimal("sd", "SD", 3)).column(ResultColumn.decimal("t", "t", 3))
                .column(ResultColumn.pValue("p", "p")).column(ResultColumn.decimal("ci.lower", "90% CI lower", 3))
                .column(ResultColumn.decimal("ci.upper", "90% CI upper", 3))
                .row("P1", "RDI → CIPF", 0.45, 0.45, 0.05, 9.0, 0.004, 0.37, 0.53)
                .row("P2", "KNO → CIPF", 0.60, 0.60, 0.04, 15.0, 0.0, 0.53, 0.67)
                .row("P3", "TTR → CIPF", 0.50, 0.50, 0.06, 8.3, 0.0, 0.40, 0.60)
                .row("P4", "MKP → CIPF", 0.55, 0.55, 0.05, 11.0, 0.2, 0.47, 0.63).build();
        DirectExecutor executor = DirectExecutor.canned(completed("pls-sem", structural));
        ResultTable table = run(executor, Map.of("via", "pls-sem")).table("contribution").orElseThrow();
        assertEquals("pls-sem", executor.lastEngineId);
        assertEquals("0", executor.lastParameters.get("blindfolding"));
        assertEquals(List.of("KNO", "MKP", "TTR", "RDI"),
                table.rows().stream().map(r -> r.get(table.columnIndex("predictor"))).toList());
        assertEquals("0.200", table.cell("市场表现 (market performance)", "p-text"));
        assertEquals("", table.cell("市场表现 (market performance)", "stars"));
        assertTrue(table.columns().get(table.columnIndex("ci")).label().startsWith("90%"), "level read from the table");
    }

    @Test
    void aFailedSemRunIsCarriedOver() throws Exception {
        AnalysisResult failed = AnalysisResult.failure("cb-sem", "0.1.0", AnalysisResult.Status.FAILED,
                Message.error("the model did not converge", ""));
        AnalysisResult result = run(DirectExecutor.canned(failed), Map.of("outcome", "construct.CIPF"));
        assertEquals(AnalysisResult.Status.FAILED, result.status());
        assertFalse(result.isSuccessful());
        Message first = result.messages().get(0);
        assertEquals(Severity.ERROR, first.severity());
        assertEquals("construct.CIPF", first.elementId());
        assertTrue(first.text().contains("did not converge"), first.text());
    }

    @Test
    void theOutcomeIsFoundWithoutParameterAndPathsMissingFromTheTableAreNamed() throws Exception {
        ResultTable partial = ResultTable.builder("parameters", "p").column(ResultColumn.text("lhs", "lhs"))
                .column(ResultColumn.text("op", "op")).column(ResultColumn.text("rhs", "rhs"))
                .column(ResultColumn.decimal("est", "est", 3)).column(ResultColumn.decimal("std.all", "std", 3))
                .row((Object) "CIPF", "~", "RDI", 0.4, 0.45).build();
        AnalysisResult result = run(DirectExecutor.canned(completed("cb-sem", partial)), Map.of());
        assertEquals(1, result.table("contribution").orElseThrow().rows().size());
        assertTrue(result.messages().stream().anyMatch(m -> m.elementId().equals("structuralPath.P2")
                && m.text().contains("no estimate")), result.messages().toString());
    }

    static AnalysisResult run(DirectExecutor executor, Map<String, String> parameters) throws Exception {
        ContributionEngine engine = new ContributionEngine();
        return engine.run(new AnalysisRequest(AnalysisInput.of(model(), data(), null),
                Parameters.resolve(engine.descriptor(), parameters), executor), AnalysisMonitor.silent());
    }

    static Framework model() throws Exception {
        return ModelStore.load(TestResources.path("../../examples/iur-performance/model.synergos"));
    }

    static Dataset data() {
        return Dataset.builder("unused").columns(List.of("x")).row(new double[] { 1 }).build();
    }

    private static AnalysisResult cbsemResult() {
        ResultTable parameters = ResultTable.builder("parameters", "Parameter estimates")
                .column(ResultColumn.text("lhs", "lhs")).column(ResultColumn.text("op", "op"))
                .column(ResultColumn.text("rhs", "rhs")).column(ResultColumn.integer("group", "Group"))
                .column(ResultColumn.decimal("est", "Estimate", 3)).column(ResultColumn.decimal("se", "SE", 3))
                .column(ResultColumn.decimal("z", "z", 2)).column(ResultColumn.pValue("pvalue", "p"))
                .column(ResultColumn.decimal("ci.lower", "CI lower", 3))
                .column(ResultColumn.decimal("ci.upper", "CI upper", 3))
                .column(ResultColumn.decimal("std.lv", "Std. (lv)", 3))
                .column(ResultColumn.decimal("std.all", "Std. (all)", 3))
                .row((Object) "RDI", "=~", "RDI1", null, 1.0, null, null, null, null, null, 0.8, 0.81)
                .row("CIPF", "~", "RDI", null, 0.45, 0.05, 9.0, 0.002, 0.35, 0.55, 0.45, 0.45)
                .row("CIPF", "~", "KNO", null, 0.60, 0.04, 15.0, 1e-9, 0.52, 0.68, 0.60, 0.60)
                .row("CIPF", "~", "TTR", null, 0.50, 0.06, 8.3, 1e-6, 0.38, 0.62, 0.50, 0.50)
                .row("CIPF", "~", "MKP", null, 0.55, 0.05, 11.0, 1e-8, 0.45, 0.65, 0.55, 0.55)
                .note("Confidence intervals at 95%.").build();
        return completed("cb-sem", parameters);
    }

    static AnalysisResult completed(String engine, ResultTable table) {
        return new AnalysisResult(engine, "0.1.0", AnalysisResult.Status.COMPLETED, List.of(table), List.of(),
                List.of(), Map.of("n", "362"));
    }
}
