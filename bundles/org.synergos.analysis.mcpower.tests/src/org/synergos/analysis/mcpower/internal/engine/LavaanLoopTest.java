package org.synergos.analysis.mcpower.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultTable;
import org.synergos.testing.ReferenceTable;
import org.synergos.testing.TestResources;

/**
 * Against lavaan 0.6-14 (R 4.2.2): reference/lavaan-loop.R simulates paper E's mediation model with simulateData
 * and fits each replication with sem(), 500 replications per design (LAVAAN_LOOP_R=500; outputs
 * reference/lavaan-loop-*-500.csv: the 2,000 of the script's default did not finish on the shared machine). The
 * engine runs the same population with its own streams, 2,000 replications, so the two are independent Monte Carlo estimates: power,
 * mean estimate and coverage must agree within 4 combined Monte Carlo SEs; the population values in the fitted
 * (marker) metric, which both compute by fitting the model to Σ, within 1e-4.
 */
class LavaanLoopTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "paperE, lavaan-loop-paperE-500.csv, 0.437, 0.616, 0.317",
            "small, lavaan-loop-small-500.csv, 0.20, 0.25, 0.15" })
    void powerAgreesWithLavaansSimulation(String design, String file, double a, double b, double c) throws Exception {
        ReferenceTable lavaan = TestResources.table("reference/" + file);
        int n = (int) lavaan.number(0, "n");
        int replications = 2000;
        int lavaanReplications = (int) lavaan.number(0, "replications");
        AnalysisResult result = Models.run(Models.mediationModel(a, b, c), null, Models.params("population",
                "reported", "loading", "0.8", "n", String.valueOf(n), "replications", String.valueOf(replications)));
        ResultTable table = result.table("power").orElseThrow();
        int converged = Integer.parseInt(result.provenance().get("converged"));
        for (int row = 0; row < lavaan.rowCount(); row++) {
            String target = lavaan.cell(row, "target");
            String what = design + " " + target;
            assertEquals(lavaan.number(row, "population"), table.number(target, "population"), 1e-4,
                    what + " population");
            double p1 = table.number(target, "power");
            double p2 = lavaan.number(row, "power");
            double se = Math.sqrt(p1 * (1 - p1) / converged + p2 * (1 - p2) / lavaan.number(row, "converged"));
            assertTrue(Math.abs(p1 - p2) <= 4 * se + 1e-12, what + ": power " + p1 + " vs lavaan " + p2
                    + ", 4 SE " + 4 * se);
            double sd = lavaan.number(row, "sd");
            double meanSe = Math.sqrt(sd * sd / replications + sd * sd / lavaanReplications);
            assertTrue(Math.abs(table.number(target, "mean") - lavaan.number(row, "mean")) <= 4 * meanSe,
                    what + ": mean estimate " + table.number(target, "mean") + " vs lavaan " + lavaan.number(row, "mean"));
            double coverageSe = Math.sqrt(0.95 * 0.05 / replications + 0.95 * 0.05 / lavaanReplications);
            assertTrue(Math.abs(table.number(target, "coverage") - lavaan.number(row, "coverage")) <= 4 * coverageSe,
                    what + ": coverage " + table.number(target, "coverage") + " vs " + lavaan.number(row, "coverage"));
            // the SD of an SD is about SD/√(2R)
            double sdSe = Math.sqrt(1.0 / (2 * replications) + 1.0 / (2 * lavaanReplications));
            assertEquals(1, table.number(target, "sd") / sd, 4 * sdSe, what + ": empirical SD");
        }
    }
}
