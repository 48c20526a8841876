package org.synergos.analysis.contribution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.cbsem.core.Sem;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.data.csv.CsvOptions;
import org.synergos.model.Framework;
import org.synergos.testing.TestResources;

/**
 * One real run: the actual CB-SEM engine on examples/iur-performance (simulated n = 362), called through a
 * plain executor. Its β must equal the engine's own std.all.
 */
class RealCbsemRunTest {

    private static final String CBSEM_ENGINE = "org.synergos.analysis.cbsem.internal.engine.CbsemEngine";

    @Test
    void contributionTableEqualsTheCbsemEnginesStandardisedPaths() throws Exception {
        AnalysisEngine cbsem = cbsemEngine();
        Framework model = ContributionEngineTest.model();
        Dataset data = new CsvDatasetReader(CsvOptions.DEFAULT.withMissingCodes(List.of("NA")))
                .read(TestResources.path("../../examples/iur-performance/data.csv"));
        AnalysisInput input = AnalysisInput.of(model, data, null);
        DirectExecutor executor = DirectExecutor.running(cbsem);
        ContributionEngine engine = new ContributionEngine();
        AnalysisResult result = engine.run(new AnalysisRequest(input, Parameters.resolve(engine.descriptor(),
                Map.of("outcome", "construct.CIPF")), executor), AnalysisMonitor.silent());
        assertTrue(result.isSuccessful(), result.messages().toString());
        ResultTable table = result.table("contribution").orElseThrow();
        assertEquals(4, table.rows().size());
        AnalysisResult direct = cbsem.run(new AnalysisRequest(input, Parameters.resolve(cbsem.descriptor(), Map.of()),
                executor), AnalysisMonitor.silent());
        ResultTable parameters = direct.table("parameters").orElseThrow();
        double previous = Double.POSITIVE_INFINITY;
        for (List<Object> row : table.rows()) {
            String predictor = (String) row.get(table.columnIndex("predictor"));
            double beta = ((Number) row.get(table.columnIndex("beta"))).doubleValue();
            assertTrue(beta <= previous, "sorted by β");
            previous = beta;
            List<Object> estimate = parameters.rows().stream().filter(r -> "CIPF".equals(r.get(0)) && "~".equals(r.get(1))
                    && predictor.equals(r.get(2))).findFirst().orElseThrow();
            assertEquals(((Number) estimate.get(parameters.columnIndex("std.all"))).doubleValue(), beta, 0.0);
            assertEquals(((Number) estimate.get(parameters.columnIndex("se"))).doubleValue(),
                    ((Number) row.get(table.columnIndex("se"))).doubleValue(), 0.0);
        }
    }

    /**
     * The engine class is internal to the cb-sem bundle: inside OSGi it is loaded through that bundle
     * ({@link Bundle#loadClass} reaches private packages), on a plain class path directly.
     */
    private static AnalysisEngine cbsemEngine() throws ReflectiveOperationException {
        Bundle cbsem = FrameworkUtil.getBundle(Sem.class);
        Class<?> engine = cbsem != null ? cbsem.loadClass(CBSEM_ENGINE) : Class.forName(CBSEM_ENGINE);
        return (AnalysisEngine) engine.getDeclaredConstructor().newInstance();
    }
}
