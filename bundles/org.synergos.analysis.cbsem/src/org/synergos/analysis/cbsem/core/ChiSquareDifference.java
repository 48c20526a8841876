package org.synergos.analysis.cbsem.core;

/**
 * Likelihood-ratio (chi-square difference) test of nested models; for MLR the scaled difference of
 * Satorra (2000) / Satorra &amp; Bentler (2001).
 *
 * @param chisqDiff difference of the (scaled) test statistics
 * @param dfDiff difference of degrees of freedom
 * @param pvalue upper-tail chi-square probability
 * @param scaled whether the scaled difference was used
 */
public record ChiSquareDifference(double chisqDiff, int dfDiff, double pvalue, boolean scaled) {
}
