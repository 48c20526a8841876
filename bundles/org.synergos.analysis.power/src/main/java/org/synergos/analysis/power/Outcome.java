package org.synergos.analysis.power;

/**
 * A test's power at one total sample size, with what a methods section reports beside it.
 *
 * @param n total sample size
 * @param power probability of rejecting H0 when the effect is as assumed
 * @param noncentrality lambda of the noncentral F (delta of the t); NaN when the test has none
 * @param lowerCritical lower critical value (NaN for an upper-tailed test)
 * @param upperCritical upper critical value (NaN for a lower-tailed test)
 * @param df1 numerator (or only) degrees of freedom; NaN when the test has none
 * @param df2 denominator degrees of freedom; NaN when the test has none
 */
public record Outcome(int n, double power, double noncentrality, double lowerCritical, double upperCritical,
        double df1, double df2) {
}
