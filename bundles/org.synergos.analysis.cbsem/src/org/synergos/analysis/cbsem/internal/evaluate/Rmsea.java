package org.synergos.analysis.cbsem.internal.evaluate;

/**
 * RMSEA with its confidence interval and tests of close / not-close fit (Steiger 1990; Browne &amp;
 * Cudeck 1993): {@code RMSEA = sqrt(G) sqrt(max(0, (X² - df)/(N df)))} with N the sample size (ML,
 * normal likelihood) and G the number of groups; bounds from the noncentrality λ solving
 * {@code F(X²; df, λ) = 0.95 / 0.05}. With a scaling factor c (robust RMSEA of Brosseau-Liard,
 * Savalei &amp; Li 2012), the noncentrality is multiplied by c.
 */
public final class Rmsea {

    private Rmsea() {
    }

    public static double value(double x2, double df, double n, int groups, double c) {
        if (df <= 0) {
            return 0.0;
        }
        return Math.sqrt(groups) * Math.sqrt(Math.max(0.0, c * (x2 / c - df) / (n * df)));
    }

    /** {lower, upper} of the {@code level} confidence interval. */
    public static double[] interval(double x2, double df, double n, int groups, double c, double level) {
        if (df < 1) {
            return new double[] {0, 0};
        }
        double upperP = 1 - (1 - level) / 2;
        double lowerP = (1 - level) / 2;
        double lower = 0;
        if (NoncentralChiSquare.cdf(x2, df, 0) >= upperP) {
            double lambda = NoncentralChiSquare.solveNcp(x2, df, upperP, x2);
            lower = Math.sqrt(c * lambda / (n * df)) * Math.sqrt(groups);
        }
        double upper = 0;
        double nMax = Math.max(n, 4 * x2);
        if (NoncentralChiSquare.cdf(x2, df, 0) >= lowerP && NoncentralChiSquare.cdf(x2, df, nMax) <= lowerP) {
            double lambda = NoncentralChiSquare.solveNcp(x2, df, lowerP, nMax);
            upper = Math.sqrt(c * lambda / (n * df)) * Math.sqrt(groups);
        }
        return new double[] {lower, upper};
    }

    /** P(RMSEA ≤ h0) test: {@code 1 - F(X²; df, N df h0² / (c G))}. */
    public static double closeFitP(double x2, double df, double n, int groups, double c, double h0) {
        if (df <= 0) {
            return Double.NaN;
        }
        return 1 - NoncentralChiSquare.cdf(x2, df, n * df * h0 * h0 / (c * groups));
    }

    /** P(RMSEA ≥ h0) test: {@code F(X²; df, N df h0² / (c G))}. */
    public static double notCloseFitP(double x2, double df, double n, int groups, double c, double h0) {
        if (df <= 0) {
            return Double.NaN;
        }
        return NoncentralChiSquare.cdf(x2, df, n * df * h0 * h0 / (c * groups));
    }
}
