package org.synergos.analysis.descriptive.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Checks the descriptive engine against base R 4.2.2 (script and outputs in resources/r/, written by
 * descriptives.R from the reference data in org.synergos.testing/reference/data). Tolerance 1e-12 relative: both sides evaluate the same
 * closed-form estimators in double precision, R's output keeps 15 significant digits.
 */
class DescriptiveEngineTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void reproducesRDescriptivesAndCorrelationsOnMobi() throws Exception {
        AnalysisResult result = run("mobi.csv", Map.of());
        assertMatchesR(result, "mobi", "pairwise");
    }

    @Test
    void pairwiseAndListwiseCorrelationsMatchRWithMissingData() throws Exception {
        assertMatchesR(run("PoliticalDemocracy_missing5pct.csv", Map.of()), "poldem_missing", "pairwise");
        assertMatchesR(run("PoliticalDemocracy_missing5pct.csv", Map.of(DescriptiveEngine.MISSING, "listwise")),
                "poldem_missing", "listwise");
    }

    @Test
    void reportsNonNumericColumnWithLineAndLeavesItOut() throws Exception {
        Dataset data = Dataset.builder("survey").columns(java.util.List.of("q1", "q2"))
                .row(2, "1", "4").row(3, "2", "n/a").row(4, "3", "5").row(5, "5", "6").build();
        AnalysisResult result = new DescriptiveEngine().run(request(data, Map.of()), AnalysisMonitor.silent());
        ResultTable table = result.table(DescriptiveTables.SUMMARIES).orElseThrow();
        assertEquals(1, table.rows().size());
        var warning = result.messages().stream().filter(m -> m.severity() == Severity.WARNING).findFirst()
                .orElseThrow();
        assertEquals("survey:3 (column 'q2')", warning.location());
        assertTrue(warning.text().contains("n/a"), warning.text());
    }

    @Test
    void unknownColumnIsAnErrorNamingTheColumns() {
        Dataset data = Dataset.builder("survey").columns(java.util.List.of("q1")).row(1.0).row(2.0).build();
        AnalysisException error = assertThrows(AnalysisException.class,
                () -> new DescriptiveEngine().run(request(data, Map.of(DescriptiveEngine.COLUMNS, "q9")),
                        AnalysisMonitor.silent()));
        assertTrue(error.getMessage().contains("no column 'q9'") && error.getMessage().contains("q1"),
                error.getMessage());
    }

    @Test
    void notApplicableWithoutData() {
        assertFalse(new DescriptiveEngine().applicability(AnalysisInput.of(null, null, null)).applicable());
    }

    private static AnalysisResult run(String dataFile, Map<String, String> parameters) throws Exception {
        Dataset data = new CsvDatasetReader().read(ReferenceResults.data(dataFile));
        AnalysisResult result = new DescriptiveEngine().run(request(data, parameters), AnalysisMonitor.silent());
        assertTrue(result.isSuccessful(), result.messages().toString());
        return result;
    }

    private static AnalysisRequest request(Dataset data, Map<String, String> parameters) {
        DescriptiveEngine engine = new DescriptiveEngine();
        return new AnalysisRequest(AnalysisInput.ofData(data), Parameters.resolve(engine.descriptor(), parameters),
                null);
    }

    private static void assertMatchesR(AnalysisResult result, String name, String missing) {
        ResultTable summaries = result.table(DescriptiveTables.SUMMARIES).orElseThrow();
        ReferenceTable expected = TestResources.table("resources/r/" + name + "_descriptives.csv");
        assertEquals(expected.rowCount(), summaries.rows().size());
        for (String variable : expected.rowNames()) {
            for (String statistic : new String[] { "n", "missing", "mean", "sd", "skewness", "kurtosis", "min",
                    "max" }) {
                assertClose(expected.number(variable, statistic), summaries.number(variable, statistic),
                        variable + " " + statistic);
            }
        }
        ResultTable correlations = result.table(DescriptiveTables.CORRELATIONS).orElseThrow();
        ReferenceTable expectedR = TestResources.table("resources/r/" + name + "_cor_" + missing + ".csv");
        for (String row : expectedR.rowNames()) {
            for (String column : expectedR.rowNames()) {
                assertClose(expectedR.number(row, column), correlations.number(row, column), row + "~" + column);
            }
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, TOLERANCE * Math.max(1, Math.abs(expected)), what);
    }
}
