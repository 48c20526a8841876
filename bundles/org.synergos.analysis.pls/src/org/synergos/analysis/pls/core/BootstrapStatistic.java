package org.synergos.analysis.pls.core;

/**
 * Bootstrap summary of one parameter over the valid draws.
 *
 * @param label e.g. {@code "Image -> Expectation"}
 * @param original estimate on the full sample
 * @param mean mean of the draws
 * @param standardDeviation SD of the draws with the n−1 divisor (seminr, SmartPLS)
 * @param tStatistic {@code original / standardDeviation}
 * @param pValue two-sided p-value {@code 2·(1 − F_t(|t|; df = valid draws − 1))}, Student t as SmartPLS
 * @param percentileLower lower percentile bound (quantile type 7, as R's {@code quantile} default)
 * @param percentileUpper upper percentile bound
 * @param bcaLower lower bias-corrected and accelerated bound (Efron 1987; acceleration from the jackknife);
 *        NaN when all draws lie on one side of the original estimate
 * @param bcaUpper upper BCa bound
 */
public record BootstrapStatistic(String label, double original, double mean, double standardDeviation,
        double tStatistic, double pValue, double percentileLower, double percentileUpper, double bcaLower,
        double bcaUpper) {
}
