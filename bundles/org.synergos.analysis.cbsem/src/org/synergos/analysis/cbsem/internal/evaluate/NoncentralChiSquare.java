package org.synergos.analysis.cbsem.internal.evaluate;

import org.apache.commons.math3.special.Gamma;

/**
 * CDF of the noncentral chi-square distribution as a Poisson mixture of central chi-squares,
 * {@code F(x; k, λ) = Σ_j e^{-λ/2} (λ/2)^j / j! · P(k/2 + j, x/2)} (Johnson, Kotz &amp; Balakrishnan
 * 1995, eq. 29.2), summed outwards from the Poisson mode with one incomplete-gamma evaluation and
 * recurrences for the rest; and the noncentrality solving {@code F = p}
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
        // one incomplete gamma at the Poisson mode, then the recurrences P(a+1, y) = P(a, y) - t(a)
        // with t(a) = y^a e^-y / Γ(a+1) (Abramowitz & Stegun 6.5.21) and the Poisson weights' ratios
        double half = ncp / 2;
        double y = x / 2;
        double logY = Math.log(y);
        int mode = (int) Math.floor(half);
        double a0 = df / 2 + mode;
        double p0 = Gamma.regularizedGammaP(a0, y);
        double logT0 = a0 * logY - y - Gamma.logGamma(a0 + 1);
        double w0 = Math.exp(-half + mode * Math.log(half) - Gamma.logGamma(mode + 1.0));
        double sum = 0;
        double w = w0;
        double pj = p0;
        double logT = logT0;
        for (int j = mode; j < mode + 100000; j++) {
            sum += w * pj;
            if ((w < 1e-17 || pj < 1e-17) && j > mode) {
                break;
            }
            double a = df / 2 + j;
            pj = Math.max(0.0, pj - Math.exp(logT));
            logT += logY - Math.log(a + 1);
            w *= half / (j + 1);
        }
        w = w0;
        pj = p0;
        logT = logT0;
        for (int j = mode - 1; j >= 0; j--) {
            double a = df / 2 + j;
            logT -= logY - Math.log(a + 1);
            pj = Math.min(1.0, pj + Math.exp(logT));
            w *= (j + 1) / half;
            sum += w * pj;
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
