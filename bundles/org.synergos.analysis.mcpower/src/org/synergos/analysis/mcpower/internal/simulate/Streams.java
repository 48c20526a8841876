package org.synergos.analysis.mcpower.internal.simulate;

import java.util.SplittableRandom;

/**
 * Random streams per replication, counter-based: replication r of a run with seed s draws from a
 * {@link SplittableRandom} seeded with SplitMix64(s + (r + 1)·γ) (γ = 0x9E3779B97F4A7C15, Steele, Lea &amp;
 * Flood 2014), so its numbers depend on (s, r) only — not on the thread that runs it, the number of threads or the
 * order in which replications run. The same seed at another n reuses the same streams (common random numbers).
 */
public final class Streams {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Streams() {
    }

    public static SplittableRandom replication(long seed, long replication) {
        return new SplittableRandom(mix64(seed + (replication + 1) * GOLDEN_GAMMA));
    }

    /** SplitMix64's finaliser (Stafford's variant 13). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * n × p multivariate normal draws with covariance L·L' (mean 0): rows of L·z, z standard normal from
     * {@link SplittableRandom#nextGaussian()} (the JDK's ziggurat).
     */
    public static double[][] normal(double[][] cholesky, int n, SplittableRandom random) {
        int p = cholesky.length;
        double[][] out = new double[n][p];
        double[] z = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                z[j] = random.nextGaussian();
            }
            double[] row = out[i];
            for (int a = 0; a < p; a++) {
                double[] l = cholesky[a];
                double s = 0;
                for (int b = 0; b <= a; b++) {
                    s += l[b] * z[b];
                }
                row[a] = s;
            }
        }
        return out;
    }
}
