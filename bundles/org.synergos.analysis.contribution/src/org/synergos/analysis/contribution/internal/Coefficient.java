package org.synergos.analysis.contribution.internal;

import org.synergos.model.StructuralPath;

/**
 * One predictor's effect on the outcome as read from the called SEM engine.
 *
 * @param path the model's structural path predictor → outcome
 * @param beta standardised path coefficient β
 * @param unstandardised unstandardised estimate B (CB-SEM), NaN when the engine has none (PLS-SEM)
 * @param se standard error (of B for CB-SEM; bootstrap SD of β for PLS-SEM)
 * @param ciLower lower confidence limit (of B for CB-SEM; percentile interval of β for PLS-SEM)
 * @param ciUpper upper confidence limit
 * @param statistic test statistic (z for CB-SEM, t for PLS-SEM)
 * @param p two-sided p-value
 */
record Coefficient(StructuralPath path, double beta, double unstandardised, double se, double ciLower,
        double ciUpper, double statistic, double p) {
}
