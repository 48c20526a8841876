package org.synergos.analysis.ahp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.Severity;
import org.synergos.sdk.testkit.EngineHarness;

/**
 * The engine against published worked examples (to the decimals published) and against the independent
 * base-R computation committed in src/test/resources/reference (eigen(): 1e-9 on weights, λmax, CI, CR).
 */
class AhpEngineTest {

    /** R's eigen() (LAPACK) and Commons Math's EigenDecomposition agree far closer than this. */
    private static final double R_TOLERANCE = 1e-9;

    static AnalysisResult run(String testCase, Map<String, String> parameters) throws Exception {
        return EngineHarness.onModel(new AhpEngine(), Reference.CASES.resolve(testCase), parameters);
    }

    /** The row of a table whose first cells are the given keys (matrix and element, matrix and judge). */
    static List<Object> row(ResultTable table, Object... keys) {
        for (List<Object> row : table.rows()) {
            boolean match = true;
            for (int i = 0; i < keys.length; i++) {
                match &= keys[i].equals(row.get(i) == null ? "" : row.get(i));
            }
            if (match) {
                return row;
            }
        }
        throw new AssertionError("table " + table.id() + " has no row " + List.of(keys));
    }

    static double number(ResultTable table, List<Object> row, String column) {
        Object cell = row.get(table.columnIndex(column));
        return cell instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /**
     * Saaty (1990), "How to make a decision: the analytic hierarchy process", EJOR 48, 9–26, the house
     * example's criteria matrix: published weights .173 .054 .188 .018 .031 .036 .167 .333, λmax = 9.669,
     * C.I. = .238, C.R. = .169 (three decimals, so within 0.0005); defaults (eigenvector) as a user gets them.
     */
    @Test
    void saatysHouseExampleAsPublished() throws Exception {
        AnalysisResult result = run("saaty-house", Map.of());
        ResultTable global = result.table("ahp-global-weights").orElseThrow();
        String[] criteria = { "size", "bus", "neighborhood", "age", "yard", "facilities", "condition", "financing" };
        double[] published = { .173, .054, .188, .018, .031, .036, .167, .333 };
        for (int i = 0; i < criteria.length; i++) {
            assertEquals(published[i], global.number(criteria[i], "global"), 0.0005, criteria[i]);
        }
        ResultTable consistency = result.table("ahp-consistency").orElseThrow();
        List<Object> goal = row(consistency, "goal");
        assertEquals(9.669, number(consistency, goal, "lambda-max"), 0.0005);
        assertEquals(.238, number(consistency, goal, "ci"), 0.0005);
        assertEquals(.169, number(consistency, goal, "cr"), 0.0005);
        assertEquals("no", goal.get(consistency.columnIndex("acceptable")), "CR .169 > .10 is flagged");
        Message warning = result.messages().stream().filter(m -> m.severity() == Severity.WARNING).findFirst().orElseThrow();
        assertTrue(warning.text().startsWith("matrix 'goal' is inconsistent: CR = 0.169 > 0.10"), warning.text());
        assertTrue(warning.text().contains("most inconsistent triad (size, neighborhood, condition)"), warning.text());
        assertTrue(warning.location().startsWith("ahp.json:"), warning.location());
    }

    /**
     * Saaty (1990), EJOR 48, 9–26 (after Saaty &amp; Khouja 1976): relative wealth of nations, published
     * eigenvector .427 .230 .021 .052 .052 .123 .094 (within 0.0005), λmax = 7.61, C.I. = 0.10, C.R. = 0.08
     * (within 0.005); CR below 0.10 is not flagged.
     */
    @Test
    void saatysWealthOfNationsAsPublished() throws Exception {
        AnalysisResult result = run("saaty-wealth", Map.of());
        ResultTable local = result.table("ahp-local-weights").orElseThrow();
        String[] nations = { "us", "ussr", "china", "france", "uk", "japan", "wgermany" };
        double[] published = { .427, .230, .021, .052, .052, .123, .094 };
        for (int i = 0; i < nations.length; i++) {
            assertEquals(published[i], number(local, row(local, "goal", nations[i]), "weight"), 0.0005, nations[i]);
        }
        List<Object> first = row(local, "goal", "us");
        assertEquals(7.61, number(local, first, "lambda-max"), 0.005);
        assertEquals(0.10, number(local, first, "ci"), 0.005);
        assertEquals(0.08, number(local, first, "cr"), 0.005);
        assertTrue(result.messages().stream().noneMatch(m -> m.severity() == Severity.WARNING));
    }

    @ParameterizedTest
    @CsvSource({ "saaty-house, eigenvector", "saaty-house, geometric-mean", "saaty-wealth, eigenvector",
            "four-level, eigenvector", "four-level, geometric-mean", "group, eigenvector", "group, geometric-mean",
            "ahp-influencing-factors, eigenvector", "ahp-influencing-factors, geometric-mean" })
    void weightsAndConsistencyAsBaseR(String testCase, String method) throws Exception {
        AnalysisResult result = run(testCase, Map.of("method", method));
        String column = method.equals("eigenvector") ? "eigenvector" : "geometric_mean";
        ResultTable local = result.table("ahp-local-weights").orElseThrow();
        for (Map<String, String> r : Reference.read(testCase, "local-weights.csv")) {
            assertEquals(Reference.number(r, column), number(local, row(local, r.get("matrix"), r.get("element")), "weight"),
                    R_TOLERANCE, r.toString());
        }
        ResultTable consistency = result.table("ahp-consistency").orElseThrow();
        List<Map<String, String>> matrices = Reference.read(testCase, "matrices.csv");
        int compared = 0;
        for (Map<String, String> r : matrices) {
            if (Reference.number(r, "n") < 2) {
                continue;
            }
            compared++;
            String judge = r.get("judge").equals("group")
                    ? "group (AIJ, " + (matrices.stream().filter(m -> m.get("matrix").equals(r.get("matrix"))).count() - 1) + " judges)"
                    : r.get("judge");
            List<Object> row = row(consistency, r.get("matrix"), judge);
            for (String[] c : new String[][] { { "lambda_max", "lambda-max" }, { "ci", "ci" }, { "ri", "ri" }, { "cr", "cr" } }) {
                assertEquals(Reference.number(r, c[0]), number(consistency, row, c[1]), R_TOLERANCE, r + " " + c[0]);
            }
            assertEquals(r.get("triad").isEmpty() ? null : r.get("triad"), row.get(consistency.columnIndex("triad")));
            if (!r.get("triad").isEmpty()) {
                assertEquals(Reference.number(r, "triad_deviation"), number(consistency, row, "triad-deviation"), 1e-12);
            }
        }
        assertEquals(compared, consistency.rows().size(), "one row per matrix and judge");
        ResultTable global = result.table("ahp-global-weights").orElseThrow();
        for (Map<String, String> r : Reference.read(testCase, "global-weights.csv")) {
            double expected = Reference.number(r, column);
            double actual = r.get("kind").equals("criterion") ? global.number(r.get("element"), "global")
                    : result.table("ahp-priorities").orElseThrow().number(r.get("element"), "priority");
            assertEquals(expected, actual, R_TOLERANCE, r.toString());
        }
    }

    /** What a user gets without options: the eigenvector method, Saaty's 0.10, the study's ahp.json. */
    @Test
    void defaultsAreSaatys() throws Exception {
        AnalysisResult defaults = run("four-level", Map.of());
        AnalysisResult explicit = run("four-level", Map.of("method", "eigenvector", "cr-threshold", "0.1", "hierarchy", "ahp.json"));
        assertEquals(explicit.tables(), defaults.tables());
        assertEquals("principal right eigenvector (Saaty 1980)", defaults.provenance().get("priorities"));
        assertEquals("Saaty (1980), n = 1 to 10", defaults.provenance().get("random index"));
    }

    /** Linked model elements carry their global weight, so diagrams, reports and other engines find it by element. */
    @Test
    void linkedModelElementsCarryTheirGlobalWeight() throws Exception {
        AnalysisResult result = run("ahp-influencing-factors", Map.of());
        ResultTable global = result.table("ahp-global-weights").orElseThrow();
        List<org.synergos.analysis.api.ElementValue> values = result.elementValues();
        assertEquals(16, values.size(), "one per linked index");
        for (org.synergos.analysis.api.ElementValue value : values) {
            assertEquals("ahp-weight", value.key());
            assertEquals(global.number(value.elementId(), "global"), value.value(), 0, value.elementId());
        }
        assertEquals("index.rd_investment", global.cell("index.rd_investment", "element"));
    }

    @Test
    void fourLevelsSynthesise() throws Exception {
        AnalysisResult result = run("four-level", Map.of());
        ResultTable global = result.table("ahp-global-weights").orElseThrow();
        assertEquals(global.number("C2", "global") * global.number("C2.3", "local"), global.number("C2.3", "global"), 1e-15);
        assertEquals(3, (int) global.number("C2.3", "level") + 1, "sub-criteria are level 2");
        double leaves = 0;
        for (String leaf : List.of("C1.1", "C1.2", "C2.1", "C2.2", "C2.3", "C2.4", "C3")) {
            leaves += global.number(leaf, "global");
        }
        assertEquals(1, leaves, 1e-12);
        ResultTable priorities = result.table("ahp-priorities").orElseThrow();
        assertEquals(3, priorities.rows().size());
        assertEquals(1, priorities.number("U", "priority") + priorities.number("I", "priority")
                + priorities.number("E", "priority"), 1e-12);
        assertEquals(10, result.table("ahp-consistency").orElseThrow().rows().size(), "ten matrices");
        // C2.4's judgements (5, 9, 1/2) are far from consistent: flagged, with the file's line of the matrix
        Message warning = result.messages().stream().filter(m -> m.text().startsWith("matrix 'C2.4'")).findFirst().orElseThrow();
        assertTrue(warning.text().contains("triad (U, I, E)"), warning.text());
        assertFalse(result.messages().stream().anyMatch(m -> m.text().startsWith("matrix 'C1'")));
    }
}
