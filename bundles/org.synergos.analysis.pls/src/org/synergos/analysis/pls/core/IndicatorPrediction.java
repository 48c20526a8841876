package org.synergos.analysis.pls.core;

/**
 * Out-of-sample prediction metrics of one endogenous indicator (raw units), PLS vs the linear-model
 * benchmark, averaged over the repetitions of {@link PlsPredict}.
 */
public record IndicatorPrediction(String indicator, String construct, double plsQ2Predict, double plsRmse,
        double plsMae, double lmQ2Predict, double lmRmse, double lmMae) {
}
