package org.synergos.analysis.sd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultTable;

/**
 * Every saved time point of every stock, flow, auxiliary and delay against R 4.2.2 / deSolve 1.34
 * (ode(method = "euler") and ode(method = "rk4") at the model's dt; reference/regenerate.R), within 1e-9
 * relative (absolute 1e-12 where deSolve's value is 0). The models: exponential growth and decay, Bass
 * diffusion with a linear and a step lookup, DELAY1/DELAY3/SMOOTH/SMOOTH3 with STEP, RAMP and PULSE inputs
 * (deSolve: the equivalent ODE chains), and the paper A-like synergy model with two scenarios.
 */
class DeSolveReferenceTest {

    static final double RELATIVE = 1e-9;

    @ParameterizedTest(name = "{0} {1} run {2}")
    @CsvSource({ "growth-decay, euler, base, growth-decay-euler.csv", "growth-decay, rk4, base, growth-decay-rk4.csv",
            "bass-lookup, euler, base, bass-lookup-euler.csv", "bass-lookup, rk4, base, bass-lookup-rk4.csv",
            "delays, euler, base, delays-euler.csv", "delays, rk4, base, delays-rk4.csv",
            "synergy, euler, base, synergy-euler.csv", "synergy, rk4, base, synergy-rk4.csv",
            "synergy, euler, no synergy, synergy-euler-no_synergy.csv",
            "synergy, rk4, no synergy, synergy-rk4-no_synergy.csv",
            "synergy, euler, strong policy, synergy-euler-strong_policy.csv",
            "synergy, rk4, strong policy, synergy-rk4-strong_policy.csv" })
    void everyTimePointAsDeSolve(String testCase, String method, String run, String reference) throws Exception {
        AnalysisResult result = Reference.run(testCase, Map.of("method", method));
        assertTrue(result.isSuccessful(), () -> result.messages().toString());
        compare(result.table("sd-series").orElseThrow(), run, Reference.read(reference), reference);
    }

    /** A sweep q = 0.3:0.5:0.1 gives three runs beside the base run, each as deSolve with that q. */
    @Test
    void sweepRunsAsDeSolve() throws Exception {
        AnalysisResult result = Reference.run("bass-lookup", Map.of("method", "rk4", "sweep", "q=0.3:0.5:0.1"));
        ResultTable series = result.table("sd-series").orElseThrow();
        String[] labels = { "q = 0.3", "q = 0.4", "q = 0.5" };
        for (int i = 0; i < labels.length; i++) {
            compare(series, labels[i], Reference.read("bass-lookup-rk4-q" + i + ".csv"), "bass-lookup-rk4-q" + i);
        }
        ResultTable runs = result.table("sd-runs").orElseThrow();
        assertEquals(List.of("base", "q = 0.3", "q = 0.4", "q = 0.5"), runs.rows().stream().map(r -> r.get(0)).toList());
        assertEquals("sweep", runs.rows().get(1).get(1));
    }

    static void compare(ResultTable series, String run, List<Map<String, String>> reference, String name) {
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : series.rows()) {
            if (run.equals(row.get(0))) {
                rows.add(row);
            }
        }
        assertEquals(reference.size(), rows.size(), name + ": saved times of run " + run);
        int compared = 0;
        double worst = 0;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> expected = reference.get(i);
            for (Map.Entry<String, String> cell : expected.entrySet()) {
                String column = cell.getKey();
                double want = Double.parseDouble(cell.getValue());
                double got = ((Number) rows.get(i).get(series.columnIndex(column))).doubleValue();
                double tolerance = want == 0 ? 1e-12 : RELATIVE * Math.abs(want);
                assertEquals(want, got, tolerance, name + " run " + run + ", " + column + " at time "
                        + expected.get("time"));
                worst = Math.max(worst, want == 0 ? Math.abs(got) : Math.abs(got - want) / Math.abs(want));
                compared++;
            }
        }
        assertTrue(compared > rows.size() * 3, name + ": compared " + compared + " values");
        System.out.printf(java.util.Locale.ROOT, "%s run %s: %d values, largest relative difference %.3g%n", name, run,
                compared, worst);
    }
}
