package org.synergos.analysis.pls.internal.bootstrap;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Row multiplicities of resample number {@code draw}. Implementations are stateless per draw, so any
 * thread may produce any draw and results never depend on scheduling.
 */
public interface ResampleSource {

    int draws();

    void fill(int draw, int[] counts);

    /**
     * Nonparametric bootstrap: draw b uses its own generator seeded by a SplitMix64 mix of (seed, b),
     * and draws n row indices uniformly with replacement.
     */
    static ResampleSource random(long seed, int n, int draws) {
        return new ResampleSource() {
            @Override
            public int draws() {
                return draws;
            }

            @Override
            public void fill(int draw, int[] counts) {
                Arrays.fill(counts, 0);
                SplittableRandom rng = new SplittableRandom(mix(seed, draw));
                for (int i = 0; i < n; i++) {
                    counts[rng.nextInt(n)]++;
                }
            }
        };
    }

    /** Given resamples: {@code rows[b]} lists the 0-based rows of draw b. */
    static ResampleSource given(int[][] rows, int n) {
        for (int b = 0; b < rows.length; b++) {
            for (int r : rows[b]) {
                if (r < 0 || r >= n) {
                    throw new IllegalArgumentException("resample " + b + ": row " + r + " outside 0.." + (n - 1));
                }
            }
        }
        int[][] copy = rows.clone();
        return new ResampleSource() {
            @Override
            public int draws() {
                return copy.length;
            }

            @Override
            public void fill(int draw, int[] counts) {
                Arrays.fill(counts, 0);
                for (int r : copy[draw]) {
                    counts[r]++;
                }
            }
        };
    }

    /** Delete-one jackknife, or delete-a-group with {@code groups} contiguous groups when n is larger. */
    static ResampleSource jackknife(int n, int groups) {
        int g = Math.min(n, groups);
        return new ResampleSource() {
            @Override
            public int draws() {
                return g;
            }

            @Override
            public void fill(int draw, int[] counts) {
                Arrays.fill(counts, 1);
                long from = (long) draw * n / g;
                long to = (long) (draw + 1) * n / g;
                for (long i = from; i < to; i++) {
                    counts[(int) i] = 0;
                }
            }
        };
    }

    /** SplitMix64 finaliser of seed and draw index: decorrelated streams per draw. */
    static long mix(long seed, long draw) {
        long z = seed + 0x9E3779B97F4A7C15L * (draw + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
