package org.synergos.analysis.factors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisExecutor;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisJob;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.Severity;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.model.Framework;
import org.synergos.model.io.ModelStore;
import org.synergos.testing.ReferenceTable;
import org.synergos.testing.TestResources;

/**
 * Construct-level statistics of examples/nqpf-smes against base R 4.2.2 (resources/r/constructs.R: rowMeans,
 * mean, sd, G1/G2 written out, cor); tolerance 1e-10 (same arithmetic, different summation order).
 */
class ConstructLevelTest {

    @Test
    void constructDescriptivesMatchR() throws Exception {
        ResultTable table = run(null).table("construct-descriptives").orElseThrow();
        ReferenceTable expected = TestResources.table("resources/r/nqpf_smes_construct_descriptives.csv");
        for (String construct : List.of("NQPF", "DT", "CIP")) {
            int row = expected.rowIndex(construct);
            for (String statistic : List.of("n", "mean", "sd", "skewness", "kurtosis")) {
                assertEquals(expected.number(row, statistic), table.number(construct, statistic), 1e-10,
                        construct + " " + statistic);
            }
        }
        // paper E's reported values are shown beside (the example's data are simulated, so they differ)
        assertEquals(4.271, table.number("NQPF", "reported-mean"));
        assertEquals(0.762, table.number("CIP", "reported-sd"));
    }

    @Test
    void constructCorrelationsMatchR() throws Exception {
        AnalysisResult result = run(null);
        ResultTable matrix = result.table("construct-correlations").orElseThrow();
        ReferenceTable expected = TestResources.table("resources/r/nqpf_smes_construct_correlations.csv");
        for (String a : List.of("NQPF", "DT", "CIP")) {
            for (String b : List.of("NQPF", "DT", "CIP")) {
                assertEquals(expected.number(a, b), matrix.number(a, b), 1e-10, a + "-" + b);
            }
        }
        ResultTable pairs = result.table("construct-correlation-pairs").orElseThrow();
        assertEquals(0.651, pairs.number("NQPF – DT", "reported"), "paper E Table 1");
        assertEquals(0.581, pairs.number("DT – CIP", "reported"), "paper E Table 1");
    }

    @Test
    void harmanShareComesFromTheHarmanEngineThroughTheExecutor() throws Exception {
        String[] called = new String[2];
        AnalysisExecutor harman = (engineId, input, parameters, progress, limit) -> {
            called[0] = engineId;
            called[1] = parameters.get("columns");
            ResultTable components = ResultTable.builder("harman", "Harman")
                    .column(ResultColumn.integer("component", "Component"))
                    .column(ResultColumn.decimal("eigenvalue", "Eigenvalue", 3))
                    .column(ResultColumn.decimal("variance", "% of variance", 1))
                    .column(ResultColumn.decimal("cumulative", "Cumulative %", 1)).row(1, 6.552, 0.364, 0.364).build();
            return job(new AnalysisResult("harman", "0.1.0", AnalysisResult.Status.COMPLETED, List.of(components),
                    List.of(), List.of(), Map.of("threshold", "0.5")));
        };
        ResultTable table = run(harman).table("common-method-bias").orElseThrow();
        assertEquals("harman", called[0]);
        assertEquals(18, called[1].split(",").length, "the 18 construct items of paper E");
        assertEquals(0.364, table.number("Harman's single-factor test", "variance"), 1e-12);
        assertEquals(0.364, table.number("Harman's single-factor test", "reported"), 1e-12, "paper E: 36.4%");
        assertTrue(((String) table.cell("Harman's single-factor test", "verdict")).startsWith("below"));
    }

    @Test
    void aFailingHarmanRunBecomesAWarning() throws Exception {
        AnalysisExecutor failing = (engineId, input, parameters, progress, limit) -> job(AnalysisResult.failure(engineId,
                "", AnalysisResult.Status.FAILED, Message.error("engine 'harman' is not installed", "")));
        AnalysisResult result = run(failing);
        assertTrue(result.table("common-method-bias").isEmpty());
        assertTrue(result.messages().stream().anyMatch(m -> m.severity() == Severity.WARNING
                && m.text().contains("not installed")));
    }

    @Test
    void missingIndicatorColumnIsNamed() throws Exception {
        Framework framework = ModelStore.load(TestResources.path("../../examples/nqpf-smes/model.synergos"));
        Dataset data = Dataset.builder("partial").columns(List.of("NQ1", "NQ2", "DT1")).row(1, 2, 3).row(2, 3, 3)
                .row(4, 4, 5).row(5, 3, 2).build();
        FactorsEngine engine = new FactorsEngine();
        AnalysisResult result = engine.run(new AnalysisRequest(AnalysisInput.of(framework, data, null),
                Parameters.resolve(engine.descriptor(), Map.of()), null), AnalysisMonitor.silent());
        assertTrue(result.messages().stream().anyMatch(m -> m.elementId().equals("indicator.NQ3")
                && m.text().contains("'NQ3' is not in")), result.messages().toString());
        assertEquals(2.0, result.table("construct-descriptives").orElseThrow().number("NQPF", "items"));
    }

    private static AnalysisResult run(AnalysisExecutor executor) throws Exception {
        Framework framework = ModelStore.load(TestResources.path("../../examples/nqpf-smes/model.synergos"));
        Dataset data = new CsvDatasetReader().read(TestResources.path("../../examples/nqpf-smes/data.csv"));
        FactorsEngine engine = new FactorsEngine();
        EngineDescriptor descriptor = engine.descriptor();
        return engine.run(new AnalysisRequest(AnalysisInput.of(framework, data, null),
                Parameters.resolve(descriptor, Map.of()), executor), AnalysisMonitor.silent());
    }

    static AnalysisJob job(AnalysisResult result) {
        return AnalysisJob.completed(result);
    }
}
