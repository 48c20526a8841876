package org.synergos.analysis.coupling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.coupling.internal.Classification;
import org.synergos.sdk.testkit.EngineHarness;

/**
 * The engine against the independent base-R computation committed in src/test/resources/reference
 * (regenerate.R, R 4.2.2): every number of every table at 1e-9 relative, every classification exactly.
 */
class CouplingCoordinationEngineTest {

    /** Relative tolerance against R: the same formulas in double precision agree to about 1e-15. */
    private static final double RELATIVE = 1e-9;

    /** Case → the parameters the R script assumed (as a user passes them with -p). */
    private static Map<String, String> parameters(String testCase) {
        return switch (testCase) {
        case "tfi-across" -> Map.of("weighting", "across-all");
        case "two-regions" -> Map.of("shift", "0.01");
        case "two-regions-noshift" -> Map.of("shift", "0");
        default -> Map.of();
        };
    }

    private static String folder(String testCase) {
        return testCase.equals("two-regions-noshift") ? "two-regions" : testCase;
    }

    static AnalysisResult run(String testCase, Map<String, String> parameters) throws Exception {
        Path folder = Reference.CASES.resolve(folder(testCase));
        return java.nio.file.Files.isRegularFile(folder.resolve("model.synergos"))
                ? EngineHarness.onModel(new CouplingCoordinationEngine(), folder, parameters)
                : EngineHarness.onCsv(new CouplingCoordinationEngine(), folder.resolve("data.csv"), parameters);
    }

    static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, RELATIVE * Math.max(Math.abs(expected), 1e-300), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "tfi-periods", "tfi-across", "two-regions", "two-regions-noshift" })
    void everyNumberAsBaseR(String testCase) throws Exception {
        AnalysisResult result = run(testCase, parameters(testCase));
        ResultTable weights = result.table("coupling-weights").orElseThrow();
        List<Map<String, String>> expectedWeights = Reference.read(testCase, "weights.csv");
        assertEquals(expectedWeights.size(), weights.rows().size(), "one row per indicator");
        for (int j = 0; j < expectedWeights.size(); j++) {
            Map<String, String> r = expectedWeights.get(j);
            String indicator = r.get("indicator");
            assertEquals(indicator, weights.rows().get(j).get(0), "indicators in configuration order");
            assertEquals(r.get("subsystem"), weights.cell(indicator, "subsystem"));
            assertEquals(r.get("direction"), weights.cell(indicator, "direction"));
            for (String column : List.of("min", "max", "entropy", "divergence", "weight")) {
                assertClose(Reference.number(r, column), weights.number(indicator, column), testCase + " " + indicator
                        + " " + column);
            }
        }
        ResultTable indices = result.table("coupling-indices").orElseThrow();
        List<Map<String, String>> expectedIndices = Reference.read(testCase, "indices.csv");
        assertEquals(expectedIndices.size(), indices.rows().size() * (indices.columns().size() - 1),
                "one index per row and subsystem");
        for (Map<String, String> r : expectedIndices) {
            assertClose(Reference.number(r, "index"), indices.number(r.get("row"), "U." + r.get("subsystem")),
                    testCase + " U " + r);
        }
        ResultTable coordination = result.table("coupling-coordination").orElseThrow();
        List<Map<String, String>> expected = Reference.read(testCase, "coordination.csv");
        assertEquals(expected.size(), coordination.rows().size(), "one row per data row");
        for (int i = 0; i < expected.size(); i++) {
            Map<String, String> r = expected.get(i);
            String row = r.get("row");
            assertEquals(row, coordination.rows().get(i).get(0), "rows in data order, labelled by the id column");
            for (String column : List.of("C", "T", "D")) {
                assertClose(Reference.number(r, column), coordination.number(row, column), testCase + " " + row + " " + column);
            }
            // the common variant [Π U / ((Σ U)/n)^n]^(1/n), computed by R, is the same number
            assertClose(Reference.number(r, "C_alt"), coordination.number(row, "C"), testCase + " " + row + " C_alt");
            assertEquals((int) Reference.number(r, "level"), (int) coordination.number(row, "level"), row);
            assertEquals(r.get("level_zh"), coordination.cell(row, "level-zh"), row);
            assertEquals(r.get("level_en"), coordination.cell(row, "level-en"), row);
            assertEquals(r.get("class") + " (" + r.get("class_zh") + ")", coordination.cell(row, "class"), row);
            assertEquals(r.get("stage") + " (" + r.get("stage_zh") + ")", coordination.cell(row, "stage"), row);
            assertEquals(r.get("lagging").isEmpty() ? null : r.get("lagging"), coordination.cell(row, "lagging"), row);
        }
    }

    /**
     * C and D as the CRAN package coupling 0.2 computes them ({@code ccd(U, weight = α, method = "standard")}),
     * C, T and D as mathmodels 0.0.11's {@code coupling_degree}, and the entropy weights as its
     * {@code entropy_weight} on the normalised indicators (crosscheck.R; none for the case without shift,
     * where that function moves exact zeros).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({ "tfi-periods", "tfi-across", "two-regions", "two-regions-noshift" })
    void asThePublishedRPackages(String testCase) throws Exception {
        AnalysisResult result = run(testCase, parameters(testCase));
        ResultTable coordination = result.table("coupling-coordination").orElseThrow();
        List<Map<String, String>> expected = Reference.read(testCase, "crosscheck.csv");
        assertEquals(expected.size(), coordination.rows().size());
        for (Map<String, String> r : expected) {
            String row = r.get("row");
            assertClose(Reference.number(r, "C_coupling"), coordination.number(row, "C"), row + " C (coupling)");
            assertClose(Reference.number(r, "D_coupling"), coordination.number(row, "D"), row + " D (coupling)");
            assertClose(Reference.number(r, "C_mathmodels"), coordination.number(row, "C"), row + " C (mathmodels)");
            assertClose(Reference.number(r, "T_mathmodels"), coordination.number(row, "T"), row + " T (mathmodels)");
            assertClose(Reference.number(r, "D_mathmodels"), coordination.number(row, "D"), row + " D (mathmodels)");
        }
        Path weights = Reference.REFERENCE.resolve(testCase).resolve("weights-crosscheck.csv");
        assertEquals(!testCase.endsWith("noshift"), java.nio.file.Files.exists(weights), weights.toString());
        if (java.nio.file.Files.exists(weights)) {
            ResultTable table = result.table("coupling-weights").orElseThrow();
            List<Map<String, String>> rows = Reference.read(testCase, "weights-crosscheck.csv");
            assertEquals(table.rows().size(), rows.size());
            for (Map<String, String> r : rows) {
                assertClose(Reference.number(r, "weight_mathmodels"), table.number(r.get("indicator"), "weight"),
                        r.get("indicator") + " weight (mathmodels)");
            }
        }
    }

    /** Within a subsystem (the default) each subsystem's weights sum to 1; across all, all of them do. */
    @Test
    void weightsSumToOneWhereTheySayTheyDo() throws Exception {
        ResultTable within = run("tfi-periods", Map.of()).table("coupling-weights").orElseThrow();
        Map<Object, Double> sums = new HashMap<>();
        for (List<Object> row : within.rows()) {
            sums.merge(row.get(2), ((Number) row.get(within.columnIndex("weight"))).doubleValue(), Double::sum);
        }
        assertEquals(3, sums.size());
        sums.values().forEach(sum -> assertEquals(1, sum, 1e-12));
        ResultTable across = run("tfi-across", Map.of("weighting", "across-all")).table("coupling-weights").orElseThrow();
        double all = 0;
        for (List<Object> row : across.rows()) {
            all += ((Number) row.get(across.columnIndex("weight"))).doubleValue();
        }
        assertEquals(1, all, 1e-12);
        // the entropy of an indicator does not depend on how the weights are normalised
        assertEquals(within.number("computing_power", "entropy"), across.number("computing_power", "entropy"), 0);
    }

    /** What a user gets without options: shift 0.0001, weights within each subsystem, the study's coupling.json. */
    @Test
    void defaultsAreTheCustomaryOnes() throws Exception {
        AnalysisResult defaults = run("tfi-periods", Map.of());
        AnalysisResult explicit = run("tfi-periods",
                Map.of("shift", "0.0001", "weighting", "within-subsystem", "configuration", "coupling.json"));
        assertEquals(explicit.tables(), defaults.tables());
        assertEquals("entropy weights normalised within each subsystem", defaults.provenance().get("weighting"));
        assertEquals("equal weights", defaults.provenance().get("alpha"));
        assertTrue(defaults.table("coupling-coordination").orElseThrow().notes().get(0)
                .contains("T = Σ α_i U_i with equal weights α_i = 1/3;"));
        assertEquals("min–max by direction, shifted by 0.0001", defaults.provenance().get("normalisation"));
        // 2012 has every indicator at its worst: every U is the shift, C = 1, T = 0.0001, D = 0.01
        ResultTable coordination = defaults.table("coupling-coordination").orElseThrow();
        assertEquals(1, coordination.number("2012", "C"), 1e-12);
        assertEquals(0.0001, coordination.number("2012", "T"), 1e-15);
        assertEquals(0.01, coordination.number("2012", "D"), 1e-13);
    }

    /** Linked model elements carry the indicator weights and the subsystems' mean indices. */
    @Test
    void linkedModelElementsCarryWeightsAndIndices() throws Exception {
        AnalysisResult result = run("tfi-periods", Map.of());
        ResultTable weights = result.table("coupling-weights").orElseThrow();
        ResultTable indices = result.table("coupling-indices").orElseThrow();
        List<ElementValue> values = result.elementValues();
        assertEquals(10 + 3, values.size(), "ten indicators and three subsystems are linked");
        for (ElementValue value : values) {
            if (value.key().equals("entropy-weight")) {
                String column = value.elementId().substring("indicator.".length());
                assertEquals(weights.number(column, "weight"), value.value(), 0, value.elementId());
            } else {
                assertEquals("coupling-index", value.key());
                String subsystem = value.elementId().substring("construct.".length());
                double mean = 0;
                for (List<Object> row : indices.rows()) {
                    mean += ((Number) row.get(indices.columnIndex("U." + subsystem))).doubleValue();
                }
                assertEquals(mean / indices.rows().size(), value.value(), 1e-15, value.elementId());
            }
        }
    }

    /** Intervals are open below and closed above (Tian et al. 2021): 0.5 is "on the verge of disorder". */
    @Test
    void classificationBoundaries() {
        List<String> levels = new ArrayList<>();
        for (double d : new double[] { 0, 0.0999, 0.1, 0.1000001, 0.2, 0.3, 0.4, 0.5, 0.5000001, 0.6, 0.7, 0.8, 0.9,
                0.9000001, 1 }) {
            levels.add(Classification.of(Classification.LEVELS, d).number() + " "
                    + Classification.of(Classification.LEVELS, d).chinese());
        }
        assertEquals(List.of("1 极度失调", "1 极度失调", "1 极度失调", "2 严重失调", "2 严重失调", "3 中度失调", "4 轻度失调",
                "5 濒临失调", "6 勉强协调", "6 勉强协调", "7 初级协调", "8 中级协调", "9 良好协调", "10 优质协调", "10 优质协调"),
                levels);
        assertEquals("low", Classification.of(Classification.CLASSES, 0.3).english());
        assertEquals("moderate", Classification.of(Classification.CLASSES, 0.30001).english());
        assertEquals("moderate", Classification.of(Classification.CLASSES, 0.5).english());
        assertEquals("high", Classification.of(Classification.CLASSES, 0.8).english());
        assertEquals("extreme", Classification.of(Classification.CLASSES, 0.80001).english());
        assertEquals("running-in", Classification.of(Classification.STAGES, 0.8).english());
        assertEquals("high-level coupling", Classification.of(Classification.STAGES, 1.0000000000000004).english());
        assertNull(Classification.of(Classification.LEVELS, Double.NaN));
    }

    @Test
    void theMainTableComesFirstWithItsNotes() throws Exception {
        AnalysisResult result = run("two-regions", parameters("two-regions"));
        assertEquals(List.of("coupling-coordination", "coupling-indices", "coupling-weights"),
                result.tables().stream().map(ResultTable::id).toList());
        ResultTable coordination = result.tables().get(0);
        assertEquals("region", coordination.columns().get(0).label(), "rows headed by the id column");
        assertTrue(coordination.notes().get(0).startsWith("n = 2 subsystems (INNO, IND), m = 11 rows."),
                coordination.notes().get(0));
        assertTrue(coordination.notes().get(0).contains("α: INNO 0.6, IND 0.4;"), coordination.notes().get(0));
        assertTrue(result.table("coupling-weights").orElseThrow().notes().get(0).contains("shifted by 0.01;"));
        assertEquals("U innovation", result.table("coupling-indices").orElseThrow().columns().get(1).label());
    }
}
