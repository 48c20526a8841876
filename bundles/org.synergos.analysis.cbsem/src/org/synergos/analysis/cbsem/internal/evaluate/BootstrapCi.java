package org.synergos.analysis.cbsem.internal.evaluate;

import java.util.Arrays;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.synergos.analysis.cbsem.core.BootCiType;

/**
 * Bootstrap confidence intervals from the draws of one parameter, as lavaan 0.6's {@code parameterEstimates()}
 * computes them: order statistics interpolated on the normal scale ({@code norm.inter} of Davison &amp; Hinkley
 * 1997, as in R's {@code boot}) for the percentile, basic and bias-corrected intervals; the normal interval
 * around {@code est - bias}.
 */
public final class BootstrapCi {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private BootstrapCi() {
    }

    /**
     * @param draws the parameter's bootstrap draws (non-finite ones are ignored)
     * @param est the estimate on the original data
     * @param se the bootstrap SE
     * @param center the parameter at the mean of the draws (the normal interval's bias is {@code center - est})
     * @param level confidence level, e.g. 0.95
     * @return lower and upper bound
     */
    public static double[] interval(BootCiType type, double[] draws, double est, double se, double center, double level) {
        double lo = (1 - level) / 2;
        double hi = (1 + level) / 2;
        return switch (type) {
            case PERC -> new double[] { interpolated(draws, lo), interpolated(draws, hi) };
            case BASIC -> new double[] { 2 * est - interpolated(draws, hi), 2 * est - interpolated(draws, lo) };
            case NORM -> new double[] { est - (center - est) + se * z(lo), est - (center - est) + se * z(hi) };
            case BCA_SIMPLE -> biasCorrected(draws, est, lo, hi);
        };
    }

    private static double[] biasCorrected(double[] draws, double est, double lo, double hi) {
        double[] t = finite(draws);
        if (variance(t) == 0) {
            return new double[] { est, est };
        }
        int below = 0;
        for (double v : t) {
            below += v < est ? 1 : 0;
        }
        double w = z((double) below / t.length);
        return new double[] { interpolated(t, STANDARD_NORMAL.cumulativeProbability(2 * w + z(lo))),
                interpolated(t, STANDARD_NORMAL.cumulativeProbability(2 * w + z(hi))) };
    }

    /** The {@code alpha} quantile: order statistic {@code (R+1)·alpha}, interpolated on the normal scale. */
    static double interpolated(double[] draws, double alpha) {
        double[] t = finite(draws);
        Arrays.sort(t);
        int r = t.length;
        double rk = (r + 1) * alpha;
        int k = (int) rk;
        if (k == 0) {
            return t[0];
        }
        if (k >= r) {
            return t[r - 1];
        }
        if (k == rk) {
            return t[k - 1];
        }
        double z1 = z(alpha);
        double z2 = z((double) k / (r + 1));
        double z3 = z((double) (k + 1) / (r + 1));
        return t[k - 1] + (z1 - z2) / (z3 - z2) * (t[k] - t[k - 1]);
    }

    private static double z(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    private static double[] finite(double[] draws) {
        return Arrays.stream(draws).filter(Double::isFinite).toArray();
    }

    private static double variance(double[] x) {
        double mean = Arrays.stream(x).average().orElse(0);
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return x.length > 1 ? s / (x.length - 1) : 0;
    }
}
