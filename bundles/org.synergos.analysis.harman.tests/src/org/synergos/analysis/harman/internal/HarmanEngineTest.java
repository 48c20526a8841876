package org.synergos.analysis.harman.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.Severity;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.testing.ReferenceTable;
import org.synergos.testing.ReferenceResults;
import org.synergos.testing.TestResources;

/**
 * Eigenvalues against base R 4.2.2 {@code eigen(cor(x, use = "complete.obs"))} (resources/r/harman.R);
 * tolerance 1e-10: two symmetric eigen-solvers on the same matrix agree to rounding.
 */
class HarmanEngineTest {

    @Test
    void eigenvaluesAndVarianceSharesMatchR() throws Exception {
        for (String name : List.of("mobi", "PoliticalDemocracy_missing5pct")) {
            AnalysisResult result = run(new CsvDatasetReader().read(ReferenceResults.data(name + ".csv")), Map.of());
            ResultTable table = result.table("harman").orElseThrow();
            ReferenceTable expected = TestResources.table("resources/r/" + name + "_eigen.csv");
            for (int row = 0; row < table.rows().size(); row++) {
                assertEquals(expected.number(row, "eigenvalue"), ((Number) table.rows().get(row).get(1)).doubleValue(),
                        1e-10, name + " component " + (row + 1));
                assertEquals(expected.number(row, "variance"), ((Number) table.rows().get(row).get(2)).doubleValue(),
                        1e-10);
            }
            assertTrue(expected.number(table.rows().size(), "eigenvalue") <= 1, "only eigenvalues > 1 are listed");
            assertEquals(String.valueOf((long) expected.number(0, "n")), result.provenance().get("n"));
        }
    }

    @Test
    void singleDominantFactorIsFlagged() throws Exception {
        Dataset.Builder data = Dataset.builder("cmb").columns(List.of("a", "b", "c"));
        double[] f = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        for (int i = 0; i < f.length; i++) {
            data.row(f[i], f[i] + (i % 2) * 0.5, f[i] - (i % 3) * 0.5);
        }
        AnalysisResult result = run(data.build(), Map.of());
        assertEquals(Severity.WARNING, result.messages().get(0).severity());
        assertTrue(result.messages().get(0).text().contains("common-method bias is likely"));
    }

    @Test
    void tooFewCompleteRowsIsAClearError() {
        Dataset data = Dataset.builder("tiny").columns(List.of("a", "b", "c")).row(1, 2, 3).row(2, 3, 1).build();
        AnalysisException error = assertThrows(AnalysisException.class, () -> run(data, Map.of()));
        assertTrue(error.getMessage().contains("only 2 complete rows"), error.getMessage());
    }

    private static AnalysisResult run(Dataset data, Map<String, String> parameters) throws AnalysisException {
        HarmanEngine engine = new HarmanEngine();
        return engine.run(new AnalysisRequest(AnalysisInput.ofData(data),
                Parameters.resolve(engine.descriptor(), parameters), null), AnalysisMonitor.silent());
    }
}
