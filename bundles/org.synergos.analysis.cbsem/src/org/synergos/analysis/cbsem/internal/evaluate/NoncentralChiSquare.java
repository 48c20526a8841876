package org.synergos.analysis.cbsem.internal.evaluate;

import org.apache.commons.math3.special.Gamma;

/**
 * CDF of the noncentral chi-square distribution as a Poisson mixture of central chi-squares,
 * {@code F(x; k, λ) = Σ_j e^{-λ/2} (λ/2)^j / j! · P(k/2 + j, x/2)} (Johnson, Kotz &amp; Balakrishnan
 * 1995, eq. 29.2), summed outwards from the Poisson mode; and the noncentrality solving {@code F = p}
 * by bisection — used for the RMSEA confidence interval and close-fit test (Browne &amp; Cudeck 1993).
 */
public final class NoncentralChiSquare {

    private NoncentralChiSquare() {
    }

    public static double cdf(double x, double df, double ncp) {
        if (x <= 0) {
            return 0.0;
        }
        if (ncp <= 0) {
            return Gamma.regularizedGammaP(df / 2, x / 2);
        }
        double half = ncp / 2;
        int mode = (int) Math.floor(half);
        double sum = 0;
        for (int j = mode; j < mode + 100000; j++) {
            double w = Math.exp(-half + j * Math.log(half) - Gamma.logGamma(j + 1.0));
            double term = w * Gamma.regularizedGammaP(df / 2 + j, x / 2);
            sum += term;
            if (w < 1e-17 && j > mode) {
                break;
            }
        }
        for (int j = mode - 1; j >= 0; j--) {
            double w = Math.exp(-half + j * Math.log(half) - Gamma.logGamma(j + 1.0));
            sum += w * Gamma.regularizedGammaP(df / 2 + j, x / 2);
            if (w < 1e-17) {
                break;
            }
        }
        return Math.min(1.0, sum);
    }

    /** λ in [0, upper] with {@code cdf(x, df, λ) = p} (the CDF decreases in λ), by bisection. */
    public static double solveNcp(double x, double df, double p, double upper) {
        double lo = 0;
        double hi = upper;
        for (int i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1.0, hi); i++) {
            double mid = 0.5 * (lo + hi);
            if (cdf(x, df, mid) > p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
