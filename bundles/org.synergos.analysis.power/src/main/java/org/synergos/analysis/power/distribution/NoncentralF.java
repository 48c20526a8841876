package org.synergos.analysis.power.distribution;

import org.apache.commons.math3.special.Beta;

/**
 * The noncentral F distribution F'(df1, df2, lambda) as a Poisson mixture of central ones:
 * P(F' > x) = sum_j Pois(j; lambda/2) * I_{df2/(df2 + df1 x)}(df2/2, df1/2 + j) (Johnson, Kotz &amp; Balakrishnan
 * 1995, ch. 30). The upper tail is summed directly, so a power close to 1 and one close to 0 are both accurate.
 * Commons Math 3.6.1 has only the central F; its regularized incomplete beta supplies the terms.
 */
public final class NoncentralF {

    private final double df1;
    private final double df2;
    private final double lambda;

    public NoncentralF(double df1, double df2, double lambda) {
        if (!(df1 > 0) || !(df2 > 0) || !(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("noncentral F needs df1 > 0, df2 > 0, lambda >= 0 (df1 = " + df1
                    + ", df2 = " + df2 + ", lambda = " + lambda + ")");
        }
        this.df1 = df1;
        this.df2 = df2;
        this.lambda = lambda;
    }

    /** P(F' &gt; x). */
    public double upperTail(double x) {
        if (x <= 0) {
            return 1;
        }
        double y = df2 / (df2 + df1 * x);
        double tail = PoissonMixture.sum(lambda / 2, j -> Beta.regularizedBeta(y, df2 / 2, df1 / 2 + j));
        return Math.min(1, Math.max(0, tail));
    }

    /** P(F' &le; x). */
    public double cdf(double x) {
        return 1 - upperTail(x);
    }
}
