package org.synergos.analysis.mcpower.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Message;

/**
 * Weak loadings (0.4) and n = 25 for 18 indicators: many ML fits do not converge. They are counted, left out of
 * every summary (power is a share of the converged ones) and reported in the provenance and a warning.
 */
class FailedReplicationsTest {

    @Test
    void failedReplicationsAreCountedLeftOutAndReported() throws Exception {
        AnalysisResult result = Models.run(Models.mediationModel(0.437, 0.616, 0.317), null, Models.params(
                "population", "reported", "loading", "0.4", "n", "25", "replications", "100"));
        int converged = Integer.parseInt(result.provenance().get("converged"));
        int failed = Integer.parseInt(result.provenance().get("failed"));
        assertEquals(100, converged + failed);
        assertTrue(failed > 0 && converged > 0, converged + " converged");
        double power = result.table("power").orElseThrow().number("H3", "power");
        double hits = power * converged;
        assertEquals(Math.rint(hits), hits, 1e-9, "power is a share of the converged replications");
        assertTrue(result.messages().stream().map(Message::text)
                .anyMatch(t -> t.startsWith(failed + " of 100 replications failed and are left out")),
                result.messages().toString());
    }
}
