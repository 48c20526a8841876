package org.synergos.analysis.dea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultTable;
import org.synergos.sdk.testkit.EngineHarness;

/**
 * Every score, slack, intensity and super-efficiency of the {@code dea} engine against R package Benchmarking 0.33
 * ({@code dea}, {@code dea(..., SLACK = TRUE)}, {@code sdea}; src/test/resources/reference), for three data sets,
 * both orientations and both returns to scale.
 * <p>
 * Tolerances: 1e-9 on scores, scale efficiencies, super-efficiencies and intensities λ (measured: the two simplex
 * solvers agree to about 1e-12); slacks 1e-8 relative to max(1, |slack|) (data units; measured up to 2e-9). The
 * returns-to-scale class and the peers (DMUs with λ &gt; 0, in data order) must be the same. Benchmarking
 * reports output-oriented scores as Farrell's φ ≥ 1, the engine as 1/φ, so those are compared inverted.
 */
class DeaReferenceTest {

    static final double SCORE = 1e-9;
    static final double SLACK = 1e-8;
    static final double LAMBDA = 1e-9;

    record Case(String file, String dmu, String inputs, String outputs, String period) {
    }

    static final Map<String, Case> CASES = Map.of(
            "charnes1981", new Case("charnes1981.csv", "firm", "x1,x2,x3,x4,x5", "y1,y2,y3", ""),
            "hospital", new Case("hospital.csv", "hospital", "doctors,nurses", "outpatients,inpatients", ""),
            "innovation", new Case("innovation.csv", "region", "rd_staff,rd_spending", "patents,new_product_revenue", "year"));

    static AnalysisResult run(String name, String rts, String orientation) throws Exception {
        Case c = CASES.get(name);
        Map<String, String> parameters = new HashMap<>(Map.of("dmu", c.dmu(), "inputs", c.inputs(), "outputs", c.outputs(),
                "rts", rts, "orientation", orientation));
        if (!c.period().isEmpty()) {
            parameters.put("period", c.period());
        }
        return EngineHarness.onCsv(new DeaEngine(), Reference.DATA.resolve(c.file()), parameters);
    }

    static Object[] key(String name, Map<String, String> r) {
        return CASES.get(name).period().isEmpty() ? new Object[] { r.get("dmu") } : new Object[] { r.get("dmu"), r.get("period") };
    }

    /** The engine's score from Benchmarking's: E as is (input), 1/F (output); an infeasible programme (±Inf) is NaN. */
    static double score(String orientation, double benchmarking) {
        if (Double.isInfinite(benchmarking)) {
            return Double.NaN;
        }
        return orientation.equals("in") ? benchmarking : 1 / benchmarking;
    }

    static void assertClose(double expected, double actual, double tolerance, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected empty, was " + actual);
            return;
        }
        assertEquals(expected, actual, tolerance, what);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "charnes1981, in", "charnes1981, out", "hospital, in", "hospital, out", "innovation, in", "innovation, out" })
    void scoresScaleAndReturnsToScaleAsBenchmarking(String name, String orientation) throws Exception {
        ResultTable table = run(name, "vrs", orientation).table("dea-efficiency").orElseThrow();
        List<Map<String, String>> reference = Reference.read(name, "efficiency-" + orientation + ".csv");
        assertEquals(reference.size(), table.rows().size());
        for (Map<String, String> r : reference) {
            List<Object> row = Reference.row(table, key(name, r));
            double crs = score(orientation, Reference.number(r, "crs"));
            double vrs = score(orientation, Reference.number(r, "vrs"));
            assertClose(crs, Reference.number(table, row, "crs"), SCORE, r + " crs");
            assertClose(vrs, Reference.number(table, row, "vrs"), SCORE, r + " vrs");
            assertClose(crs / vrs, Reference.number(table, row, "scale"), SCORE, r + " scale");
            assertEquals(r.get("rts"), row.get(table.columnIndex("rts")), r + " returns to scale");
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({ "charnes1981, crs, in", "charnes1981, crs, out", "charnes1981, vrs, in", "charnes1981, vrs, out",
            "hospital, crs, in", "hospital, crs, out", "hospital, vrs, in", "hospital, vrs, out",
            "innovation, crs, in", "innovation, crs, out", "innovation, vrs, in", "innovation, vrs, out" })
    void slacksLambdasAndSuperEfficiencyAsBenchmarking(String name, String rts, String orientation) throws Exception {
        AnalysisResult result = run(name, rts, orientation);
        ResultTable efficiency = result.table("dea-efficiency").orElseThrow();
        ResultTable slacks = result.table("dea-slacks").orElseThrow();
        ResultTable lambdas = result.table("dea-lambdas").orElseThrow();
        Case c = CASES.get(name);
        List<String> inputs = List.of(c.inputs().split(","));
        List<String> outputs = List.of(c.outputs().split(","));
        int infeasibleSuper = 0;
        for (Map<String, String> r : Reference.read(name, "slacks-" + rts + "-" + orientation + ".csv")) {
            Object[] key = key(name, r);
            List<Object> row = Reference.row(slacks, key);
            assertClose(score(orientation, Reference.number(r, "eff")), Reference.number(slacks, row, "score"), SCORE, r + " eff");
            for (String input : inputs) {
                double expected = Reference.number(r, "sx_" + input);
                assertClose(expected, Reference.number(slacks, row, "slack." + input), SLACK * Math.max(1, Math.abs(expected)),
                        r + " slack " + input);
            }
            for (String output : outputs) {
                double expected = Reference.number(r, "sy_" + output);
                assertClose(expected, Reference.number(slacks, row, "slack." + output), SLACK * Math.max(1, Math.abs(expected)),
                        r + " slack " + output);
            }
            double sup = Reference.number(r, "super");
            infeasibleSuper += Double.isInfinite(sup) ? 1 : 0;
            assertClose(score(orientation, sup), Reference.number(efficiency, Reference.row(efficiency, key), "super"), SCORE,
                    r + " super-efficiency");
        }
        long warnings = result.messages().stream().filter(m -> m.text().startsWith("the super-efficiency programme")).count();
        assertEquals(infeasibleSuper, warnings, "one warning per DMU without super-efficiency");

        Map<String, Map<String, Double>> expected = new HashMap<>();
        for (Map<String, String> r : Reference.read(name, "lambdas-" + rts + "-" + orientation + ".csv")) {
            expected.computeIfAbsent(String.join("|", toStrings(key(name, r))), k -> new java.util.LinkedHashMap<>())
                    .put(r.get("peer"), Reference.number(r, "lambda"));
        }
        List<String> peerColumns = lambdas.columns().stream().map(col -> col.id()).filter(id -> id.startsWith("lambda."))
                .toList();
        for (Map<String, String> r : Reference.read(name, "slacks-" + rts + "-" + orientation + ".csv")) {
            Object[] key = key(name, r);
            List<Object> row = Reference.row(lambdas, key);
            Map<String, Double> reference = expected.getOrDefault(String.join("|", toStrings(key)), Map.of());
            for (Map.Entry<String, Double> peer : reference.entrySet()) {
                assertTrue(Reference.hasColumn(lambdas, "lambda." + peer.getKey()), r + ": no column for peer " + peer.getKey());
            }
            double sum = 0;
            for (String column : peerColumns) {
                String peer = column.substring("lambda.".length());
                double actual = Reference.number(lambdas, row, column);
                double want = reference.getOrDefault(peer, 0.0);
                assertEquals(want, Double.isNaN(actual) ? 0 : actual, LAMBDA, r.get("dmu") + " λ " + peer);
                sum += want;
            }
            assertEquals(sum, Reference.number(lambdas, row, "lambda-sum"), LAMBDA * 10, r + " Σλ");
            String peers = String.join(", ", reference.keySet()); // both in data order
            assertEquals(peers, Reference.row(efficiency, key).get(efficiency.columnIndex("peers")), r + " peers");
        }
    }

    /** Hospital K has no VRS super-efficiency (Benchmarking: Inf): an empty cell and a warning naming it. */
    @org.junit.jupiter.api.Test
    void infeasibleSuperEfficiencyNamesTheDmu() throws Exception {
        AnalysisResult result = run("hospital", "vrs", "in");
        assertTrue(Double.isNaN(result.table("dea-efficiency").orElseThrow().number("K", "super")));
        assertTrue(result.messages().stream().anyMatch(m -> m.text().equals("the super-efficiency programme of DMU 'K'"
                + " (variable returns to scale (BCC), input-oriented) has no feasible solution: without it no combination"
                + " of the other DMUs reaches it, so its super-efficiency is undefined (left empty)")), result.messages().toString());
    }

    private static String[] toStrings(Object[] key) {
        String[] out = new String[key.length];
        for (int i = 0; i < key.length; i++) {
            out[i] = key[i].toString();
        }
        return out;
    }
}
