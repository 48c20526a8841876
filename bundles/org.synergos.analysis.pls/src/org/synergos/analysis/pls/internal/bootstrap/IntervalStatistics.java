package org.synergos.analysis.pls.internal.bootstrap;

import java.util.Arrays;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Summary statistics of one bootstrapped parameter.
 * <ul>
 * <li>percentile interval: quantiles of the draws, type 7 (R's default: linear interpolation between
 * order statistics at {@code h = (B − 1)q});</li>
 * <li>BCa interval (Efron 1987): bias correction {@code z₀ = Φ⁻¹(#{θ* &lt; θ̂}/B)}, acceleration
 * {@code a = Σ(θ̄₍.₎ − θ₍ᵢ₎)³ / (6 [Σ(θ̄₍.₎ − θ₍ᵢ₎)²]^{3/2})} from jackknife estimates, bounds at
 * {@code Φ(z₀ + (z₀ + z_α)/(1 − a(z₀ + z_α)))};</li>
 * <li>two-sided p-value from {@code t = θ̂/SD} in a Student t distribution with B − 1 degrees of freedom
 * (SmartPLS's convention).</li>
 * </ul>
 */
public final class IntervalStatistics {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private IntervalStatistics() {
    }

    /** Type-7 quantile of sorted values. */
    public static double quantile(double[] sorted, double q) {
        int n = sorted.length;
        if (n == 0 || Double.isNaN(q)) {
            return Double.NaN;
        }
        double h = (n - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }

    public static double standardDeviation(double[] values) {
        double m = mean(values);
        double ss = 0;
        for (double v : values) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (values.length - 1));
    }

    public static double twoSidedP(double t, int draws) {
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return 0.0;
        }
        return 2 * new TDistribution(null, draws - 1).cumulativeProbability(-Math.abs(t));
    }

    /** Jackknife acceleration; 0 when the jackknife values do not vary. */
    public static double acceleration(double[] jackknife) {
        double m = mean(jackknife);
        double num = 0;
        double den = 0;
        for (double v : jackknife) {
            double d = m - v;
            num += d * d * d;
            den += d * d;
        }
        return den > 0 ? num / (6 * Math.pow(den, 1.5)) : 0.0;
    }

    /** BCa bounds {lower, upper} for sorted draws. */
    public static double[] bca(double[] sorted, double original, double acceleration, double level) {
        int below = 0;
        for (double v : sorted) {
            if (v < original) {
                below++;
            }
        }
        double z0 = NORMAL.inverseCumulativeProbability((double) below / sorted.length);
        if (Double.isInfinite(z0) || Double.isNaN(z0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double alpha = (1 - level) / 2;
        return new double[] {quantile(sorted, adjusted(z0, acceleration, NORMAL.inverseCumulativeProbability(alpha))),
            quantile(sorted, adjusted(z0, acceleration, NORMAL.inverseCumulativeProbability(1 - alpha)))};
    }

    private static double adjusted(double z0, double a, double z) {
        double s = z0 + z;
        return NORMAL.cumulativeProbability(z0 + s / (1 - a * s));
    }

    /** Finite values of column {@code c}. */
    public static double[] column(double[][] rows, int c) {
        double[] out = new double[rows.length];
        int m = 0;
        for (double[] row : rows) {
            if (row != null && Double.isFinite(row[c])) {
                out[m++] = row[c];
            }
        }
        return Arrays.copyOf(out, m);
    }
}
