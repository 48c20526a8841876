package org.synergos.analysis.pls.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * PLSpredict with random folds, checked against population values of a simulated model in which PLS is
 * the true model (agreement with seminr: {@link PlsPredictSeminrTest}).
 */
class PlsPredictTest {

    /**
     * n = 2000, 10 folds, 2 repetitions: Q²predict of each η indicator ≈ 0.202 (sampling SD ≈ 0.015,
     * tolerance 0.04); with a correct model, PLS and LM predict equally well (|ΔRMSE| &lt; 2%).
     */
    @Test
    void q2PredictMatchesPopulationAndLmBenchmark() {
        List<IndicatorPrediction> out = PlsPredict.run(SimulatedTwoConstructData.generate(2000, 5),
                SimulatedTwoConstructData.columns(), SimulatedTwoConstructData.model(), PlsOptions.defaults(),
                PlsPredictSettings.defaults().withFolds(10, 2));
        assertEquals(SimulatedTwoConstructData.endogenousIndicators(), out.stream().map(IndicatorPrediction::indicator).toList());
        for (IndicatorPrediction p : out) {
            assertEquals(SimulatedTwoConstructData.EXPECTED_PREDICTIVE_R2, p.plsQ2Predict(), 0.04, p.indicator());
            assertEquals(p.lmRmse(), p.plsRmse(), 0.02 * p.lmRmse(), p.indicator());
            assertTrue(p.plsMae() < p.plsRmse(), "MAE < RMSE " + p.indicator());
        }
    }

    @Test
    void resultsAreReproducibleForASeed() {
        PlsModel model = EcsiReference.model("ecsi_pls", Measurement.COMPOSITE_MODE_A);
        PlsOptions options = PlsOptions.builder().seed(99).build();
        PlsPredictSettings settings = PlsPredictSettings.defaults().withFolds(10, 1);
        List<IndicatorPrediction> a = PlsPredict.run(EcsiReference.mobiData(), EcsiReference.mobiColumns(), model,
                options, settings);
        List<IndicatorPrediction> b = PlsPredict.run(EcsiReference.mobiData(), EcsiReference.mobiColumns(), model,
                options, settings);
        assertEquals(a, b);
        assertEquals(19, a.size()); // indicators of the six endogenous constructs
    }
}
