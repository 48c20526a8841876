package org.synergos.analysis.mcpower.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultTable;
import org.synergos.testing.ReferenceTable;
import org.synergos.testing.TestResources;

/**
 * A single-predictor observed regression (two single-indicator constructs), where the power of the ML Wald z test
 * has an exact finite-sample form: reference/closed-form-power.csv (reference/closed-form.R, R 4.2.2: a noncentral
 * t integrated over the chi-square of the predictor's sum of squares). The simulated power at 4,000 replications
 * must lie within 4 Monte Carlo SEs of it.
 */
class ClosedFormPowerTest {

    @Test
    void simulatedPowerMatchesTheExactPowerOfTheZTest() throws Exception {
        ReferenceTable reference = TestResources.table("reference/closed-form-power.csv");
        assertEquals(3, reference.rowCount());
        for (int row = 0; row < reference.rowCount(); row++) {
            double beta = reference.number(row, "beta");
            int n = (int) reference.number(row, "n");
            double exact = reference.number(row, "power_exact");
            int replications = 4000;
            AnalysisResult result = Models.run(Models.singlePredictor(beta), null, Models.params("population",
                    "reported", "n", String.valueOf(n), "replications", String.valueOf(replications), "alpha",
                    reference.cell(row, "alpha")));
            ResultTable power = result.table("power").orElseThrow();
            double simulated = power.number("H1", "power");
            double se = Math.sqrt(exact * (1 - exact) / replications);
            assertTrue(Math.abs(simulated - exact) <= 4 * se, "β " + beta + ", n " + n + ": simulated " + simulated
                    + ", exact " + exact + ", 4 MC SE = " + 4 * se);
            // the observed-variable regression: population value in the model metric is β itself
            assertEquals(beta, power.number("H1", "population"), 1e-6);
            assertEquals(replications, Integer.parseInt(result.provenance().get("converged")));
        }
    }
}
