package org.synergos.analysis.power.distribution;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * The noncentral t distribution t'(df, delta) by Lenth's series (1989, Applied Statistics 38, AS 243): for
 * t &ge; 0, F(t) = Phi(-delta) + 1/2 sum_j [P_j I_x(j + 1/2, df/2) + Q_j I_x(j + 1, df/2)], x = t^2/(t^2 + df),
 * with P_j the Poisson(delta^2/2) weights and Q_j = delta/sqrt(2) e^{-delta^2/2} (delta^2/2)^j / Gamma(j + 3/2);
 * F(t; df, delta) = 1 - F(-t; df, -delta) for t &lt; 0. Summed outward from the mode of the weights.
 */
public final class NoncentralT {

    private static final double NEGLIGIBLE = 1e-20;

    private final double df;
    private final double delta;

    public NoncentralT(double df, double delta) {
        if (!(df > 0) || Double.isNaN(delta) || Double.isInfinite(delta)) {
            throw new IllegalArgumentException("noncentral t needs df > 0 and a finite delta (df = " + df
                    + ", delta = " + delta + ")");
        }
        this.df = df;
        this.delta = delta;
    }

    /** P(T' &le; t). */
    public double cdf(double t) {
        double p = t >= 0 ? lenth(t, delta) : 1 - lenth(-t, -delta);
        return Math.min(1, Math.max(0, p));
    }

    /** P(T' &gt; t). */
    public double upperTail(double t) {
        return 1 - cdf(t);
    }

    private double lenth(double t, double d) {
        double phi = 0.5 * Erf.erfc(d / Math.sqrt(2)); // Phi(-d)
        if (t == 0) {
            return phi;
        }
        double x = t * t / (t * t + df);
        double mu = d * d / 2;
        if (mu == 0) {
            return phi + 0.5 * Beta.regularizedBeta(x, 0.5, df / 2);
        }
        double logMu = Math.log(mu);
        double logScale = Math.log(Math.abs(d) / Math.sqrt(2));
        int mode = (int) Math.floor(mu);
        double sum = 0;
        for (int j = mode; j >= 0; j--) {
            double[] term = term(j, mu, logMu, logScale, Math.signum(d), x);
            sum += term[0];
            if (term[1] < NEGLIGIBLE) {
                break;
            }
        }
        for (int j = mode + 1;; j++) {
            double[] term = term(j, mu, logMu, logScale, Math.signum(d), x);
            sum += term[0];
            if (term[1] < NEGLIGIBLE) {
                break;
            }
        }
        return phi + 0.5 * sum;
    }

    /** {P_j I + Q_j I, the larger of |P_j|, |Q_j|}. */
    private double[] term(int j, double mu, double logMu, double logScale, double sign, double x) {
        double p = Math.exp(-mu + j * logMu - Gamma.logGamma(j + 1.0));
        double q = sign * Math.exp(-mu + j * logMu - Gamma.logGamma(j + 1.5) + logScale);
        double value = p * Beta.regularizedBeta(x, j + 0.5, df / 2) + q * Beta.regularizedBeta(x, j + 1.0, df / 2);
        return new double[] { value, Math.max(p, Math.abs(q)) };
    }
}
