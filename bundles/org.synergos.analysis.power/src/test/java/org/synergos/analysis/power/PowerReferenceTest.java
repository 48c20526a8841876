package org.synergos.analysis.power;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultTable;
import org.synergos.sdk.testkit.EngineHarness;

/**
 * The engine, run as the runtime runs it (EngineHarness), against R on the grid of regenerate.R: minimum N
 * exact, power at N (and at N - 1, below the target) and critical values within 1e-6, noncentrality and df
 * exact to rounding.
 */
class PowerReferenceTest {

    private static final double TOLERANCE = 1e-6;

    static ResultTable run(Map<String, String> parameters) throws AnalysisException {
        AnalysisResult result = EngineHarness.run(new PowerEngine(), AnalysisInput.of(null, null, null), parameters);
        return result.table("power-analysis").orElseThrow();
    }

    @Test
    void fTestsReachTheirTargetAtRsMinimumN() throws AnalysisException {
        for (Map<String, Double> row : ReferenceCsv.read("f-tests.csv")) {
            boolean zero = row.get("tested").equals(row.get("total"));
            Map<String, String> parameters = new HashMap<>(Map.of("test", zero ? "r2-zero" : "r2-increase",
                    "f2", ReferenceCsv.text(row.get("f2")), "predictors", ReferenceCsv.text(row.get("total")),
                    "alpha", ReferenceCsv.text(row.get("alpha")), "power", ReferenceCsv.text(row.get("target"))));
            if (!zero) {
                parameters.put("tested", ReferenceCsv.text(row.get("tested")));
            }
            ResultTable table = run(parameters);
            String key = zero ? "r2-zero" : "r2-increase";
            assertEquals(row.get("n"), table.number(key, "n"), 0, row.toString());
            assertEquals(row.get("power"), table.number(key, "power"), TOLERANCE, row.toString());
            assertEquals(row.get("lambda"), table.number(key, "noncentrality"), 1e-9, row.toString());
            assertEquals(row.get("critical"), table.number(key, "critical"), TOLERANCE, row.toString());
            assertEquals(row.get("df1"), table.number(key, "df1"), 0, row.toString());
            assertEquals(row.get("df2"), table.number(key, "df2"), 0, row.toString());
            parameters.put("solve", "power");
            parameters.remove("power");
            parameters.put("n", ReferenceCsv.text(row.get("n") - 1));
            assertEquals(row.get("power_below"), run(parameters).number(key, "power"), TOLERANCE, row.toString());
        }
    }

    @Test
    void fTestPowerAtGivenNIsRs() throws AnalysisException {
        for (Map<String, Double> row : ReferenceCsv.read("f-power.csv")) {
            boolean zero = row.get("tested").equals(row.get("total"));
            Map<String, String> parameters = new HashMap<>(Map.of("test", zero ? "r2-zero" : "r2-increase",
                    "solve", "power", "n", ReferenceCsv.text(row.get("n")), "f2", ReferenceCsv.text(row.get("f2")),
                    "predictors", ReferenceCsv.text(row.get("total")), "alpha", ReferenceCsv.text(row.get("alpha"))));
            if (!zero) {
                parameters.put("tested", ReferenceCsv.text(row.get("tested")));
            }
            assertEquals(row.get("power"), run(parameters).number(zero ? "r2-zero" : "r2-increase", "power"),
                    TOLERANCE, row.toString());
        }
    }

    @Test
    void coefficientTestsReachTheirTargetAtRsMinimumN() throws AnalysisException {
        for (Map<String, Double> row : ReferenceCsv.read("t-tests.csv")) {
            String tails = row.get("tails") == 2 ? "two" : "one";
            Map<String, String> parameters = new HashMap<>(Map.of("test", "coefficient", "tails", tails,
                    "f2", ReferenceCsv.text(row.get("f2")), "predictors", ReferenceCsv.text(row.get("total")),
                    "alpha", ReferenceCsv.text(row.get("alpha")), "power", ReferenceCsv.text(row.get("target"))));
            ResultTable table = run(parameters);
            assertEquals(row.get("n"), table.number("coefficient", "n"), 0, row.toString());
            assertEquals(row.get("power"), table.number("coefficient", "power"), TOLERANCE, row.toString());
            assertEquals(row.get("delta"), table.number("coefficient", "noncentrality"), 1e-9, row.toString());
            assertEquals(row.get("critical"), table.number("coefficient", "critical"), TOLERANCE, row.toString());
            assertEquals(row.get("df"), table.number("coefficient", "df1"), 0, row.toString());
            parameters.put("solve", "power");
            parameters.remove("power");
            parameters.put("n", ReferenceCsv.text(row.get("n") - 1));
            assertEquals(row.get("power_below"), run(parameters).number("coefficient", "power"), TOLERANCE,
                    row.toString());
        }
    }

    @Test
    void correlationTestsReachTheirTargetAtRsMinimumN() throws AnalysisException {
        for (Map<String, Double> row : ReferenceCsv.read("correlation.csv")) {
            String tails = row.get("tails") == 2 ? "two" : "one";
            Map<String, String> parameters = new HashMap<>(Map.of("test", "correlation", "tails", tails,
                    "rho", ReferenceCsv.text(row.get("rho")), "rho0", ReferenceCsv.text(row.get("rho0")),
                    "alpha", ReferenceCsv.text(row.get("alpha")), "power", ReferenceCsv.text(row.get("target"))));
            ResultTable table = run(parameters);
            assertEquals(row.get("n"), table.number("correlation", "n"), 0, row.toString());
            assertEquals(row.get("power"), table.number("correlation", "power"), TOLERANCE, row.toString());
            if (!row.get("upper_critical").isNaN()) {
                assertEquals(row.get("upper_critical"), table.number("correlation", "critical"), TOLERANCE,
                        row.toString());
            }
            if (!row.get("lower_critical").isNaN()) {
                assertEquals(row.get("lower_critical"), table.number("correlation", "lower-critical"), TOLERANCE,
                        row.toString());
            }
            parameters.put("solve", "power");
            parameters.remove("power");
            parameters.put("n", ReferenceCsv.text(row.get("n") - 1));
            assertEquals(row.get("power_below"), run(parameters).number("correlation", "power"), TOLERANCE,
                    row.toString());
        }
    }
}
