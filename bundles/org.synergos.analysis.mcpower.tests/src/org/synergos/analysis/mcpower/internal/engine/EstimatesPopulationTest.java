package org.synergos.analysis.mcpower.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultTable;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.model.Framework;
import org.synergos.testing.ReferenceTable;
import org.synergos.testing.TestResources;

/**
 * population=estimates (the default) on the nqpf-smes example and its SIMULATED data. CB-SEM: every population
 * loading and path is lavaan's std.all on the same data (reference/estimates-population.R, lavaan 0.6-14, R 4.2.2;
 * 1e-4, the CB-SEM engine's tolerance), except the path overridden by effects. Both methods: n defaults to the
 * data's 314 cases, and every path and the mediation get a power overlay.
 */
class EstimatesPopulationTest {

    @Test
    void cbsemStandardizedSolutionIsThePopulation() throws Exception {
        AnalysisResult result = run("cb-sem");
        ResultTable population = result.table("population").orElseThrow();
        ReferenceTable lavaan = TestResources.table("reference/estimates-population-cbsem.csv");
        Map<String, String> code = Map.of("CIP~NQPF", "H1", "DT~NQPF", "H2", "CIP~DT", "H3");
        int compared = 0;
        for (int row = 0; row < lavaan.rowCount(); row++) {
            String lhs = lavaan.cell(row, "lhs");
            String rhs = lavaan.cell(row, "rhs");
            double expected = lavaan.number(row, "est.std");
            if (lavaan.cell(row, "op").equals("=~")) {
                assertEquals(expected, population.number("λ " + lhs + " =~ " + rhs, "value"), 1e-4, lhs + " =~ " + rhs);
            } else {
                String path = code.get(lhs + "~" + rhs);
                String key = "β " + path + " " + rhs + " → " + lhs;
                assertEquals(path.equals("H1") ? 0.25 : expected, population.number(key, "value"), 1e-4, key);
            }
            compared++;
        }
        assertEquals(21, compared);
        assertEquals("parameter 'effects'", population.cell("β H1 NQPF → CIP", "source"));
    }

    @Test
    void plsEstimatesArePopulationToo() throws Exception {
        AnalysisResult result = run("pls-sem");
        ResultTable population = result.table("population").orElseThrow();
        String source = String.valueOf(population.cell("β H2 NQPF → DT", "source"));
        assertTrue(source.startsWith("PLS estimate on"), source);
        assertEquals(0.25, population.number("β H1 NQPF → CIP", "value"), 0);
    }

    private static AnalysisResult run(String method) throws Exception {
        Framework framework = Models.nqpfSmes();
        Dataset data = new CsvDatasetReader().read(TestResources.path("../../examples/nqpf-smes/data.csv"));
        Map<String, String> parameters = Models.params("method", method, "replications",
                method.equals("cb-sem") ? "50" : "10", "effects", "H1=0.25");
        if (method.equals("pls-sem")) {
            parameters.put("pls-bootstrap", "30");
        }
        AnalysisResult result = Models.run(framework, data, parameters);
        assertEquals("314", result.provenance().get("n"));
        assertEquals(4, result.elementValues().stream().filter(v -> v.key().equals("power")).count());
        return result;
    }
}
