package org.synergos.analysis.pls.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Blindfolding Q² (cross-validated redundancy). No reference tool output is available (seminr 2.3.2 has
 * no blindfolding; SmartPLS is closed), so the checks are against population values and structural bounds.
 */
class BlindfoldingTest {

    /**
     * n = 3001 simulated rows (n/D not integral): Q² of η ≈ 0.202 (see {@link SimulatedTwoConstructData});
     * sampling SD of Q² at this n is about 0.015, tolerance 0.04.
     */
    @Test
    void q2ApproachesThePopulationPredictiveR2() {
        BlindfoldingResult r = Blindfolding.run(SimulatedTwoConstructData.generate(3001, 11),
                SimulatedTwoConstructData.columns(), SimulatedTwoConstructData.model(), PlsOptions.defaults());
        assertEquals(7, r.omissionDistance());
        assertEquals(SimulatedTwoConstructData.EXPECTED_PREDICTIVE_R2, r.q2().get("Eta"), 0.04);
    }

    /** ECSI on mobi: every endogenous construct has 0 &lt; Q² &lt; R² (redundancy ≈ R²·λ² &lt; R²). */
    @Test
    void ecsiQ2IsPositiveAndBelowRSquared() {
        PlsModel model = EcsiReference.model("ecsi_pls", Measurement.COMPOSITE_MODE_A);
        PlsResult est = EcsiReference.estimate("ecsi_pls", Measurement.COMPOSITE_MODE_A, PlsOptions.defaults());
        BlindfoldingResult r = Blindfolding.run(EcsiReference.mobiData(), EcsiReference.mobiColumns(), model,
                PlsOptions.defaults());
        assertEquals(est.rSquared().keySet(), r.q2().keySet());
        r.q2().forEach((c, q2) -> assertTrue(q2 > 0 && q2 < est.rSquared().get(c), c + ": Q2 " + q2));
        assertThrows(IllegalArgumentException.class, () -> Blindfolding.run(EcsiReference.mobiData(),
                EcsiReference.mobiColumns(), model, PlsOptions.defaults(), 1));
    }
}
