package org.synergos.analysis.mcpower.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultTable;
import org.synergos.testing.ReferenceTable;
import org.synergos.testing.TestResources;

/**
 * solve=n on the single-predictor model (β = 0.3), whose exact power curve is reference/closed-form-power-curve.csv
 * (reference/closed-form.R): the minimum n found with 2,000 replications has exact power at least the target
 * minus 4 MC SEs, and n − 1 at most the target plus 4 MC SEs; the search's own power at n and n − 1 brackets the
 * target.
 */
class SolveSampleSizeTest {

    @Test
    void minimumSampleSizeBracketsTheExactAnswer() throws Exception {
        ReferenceTable curve = TestResources.table("reference/closed-form-power-curve.csv");
        int replications = 2000;
        double target = 0.8;
        AnalysisResult result = Models.run(Models.singlePredictor(0.3), null, Models.params("population",
                "reported", "solve", "n", "n-min", "10", "n-max", "200", "replications", String.valueOf(replications),
                "target-power", String.valueOf(target)));
        ResultTable minimum = result.table("minimum-n").orElseThrow();
        int n = (int) minimum.number("H1", "n");
        assertEquals(n, (int) minimum.number("all", "n"), "one target: all = H1");
        assertTrue(minimum.number("H1", "power") >= target && minimum.number("H1", "power-below") < target);
        double se = Math.sqrt(target * (1 - target) / replications);
        double exactAt = curve.number(n - 10, "power_exact");
        double exactBelow = curve.number(n - 11, "power_exact");
        assertEquals(n, (int) curve.number(n - 10, "n"));
        assertTrue(exactAt >= target - 4 * se && exactBelow <= target + 4 * se, "n = " + n + ": exact power "
                + exactAt + ", at n − 1 " + exactBelow);
        assertEquals(n, Integer.parseInt(result.provenance().get("n")), "the power table is shown at the minimum n");
    }
}
