package org.synergos.analysis.pls.internal.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Interval arithmetic against closed-form values (definitions: R's quantile type 7; Efron 1987 BCa). */
class IntervalStatisticsTest {

    @Test
    void quantileType7InterpolatesBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 10};
        // h = (5 − 1)·0.3 = 1.2 → x(2) + 0.2·(x(3) − x(2)) = 2.2 (1-based order statistics)
        assertEquals(2.2, IntervalStatistics.quantile(sorted, 0.3), 1e-15);
        assertEquals(1.0, IntervalStatistics.quantile(sorted, 0.0), 0.0);
        assertEquals(10.0, IntervalStatistics.quantile(sorted, 1.0), 0.0);
    }

    /** With no bias (half the draws below the estimate) and no acceleration BCa equals the percentile interval. */
    @Test
    void bcaWithoutBiasOrAccelerationIsThePercentileInterval() {
        double[] sorted = new double[1000];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i;
        }
        double[] bca = IntervalStatistics.bca(sorted, 499.5, 0.0, 0.95);
        assertEquals(IntervalStatistics.quantile(sorted, 0.025), bca[0], 1e-9);
        assertEquals(IntervalStatistics.quantile(sorted, 0.975), bca[1], 1e-9);
        // draws all above the estimate: z0 = −∞, BCa undefined
        assertTrue(Double.isNaN(IntervalStatistics.bca(sorted, -1, 0.0, 0.95)[0]));
    }

    @Test
    void accelerationIsTheStandardisedThirdMomentOverSix() {
        assertEquals(0.0, IntervalStatistics.acceleration(new double[] {1, 2, 3}), 1e-15);
        // jackknife values {0, 0, 3}: mean 1, d = mean − θi = {1, 1, −2}: Σd³ = −6, Σd² = 6 → −6 / (6·6^{1.5})
        assertEquals(-6 / (6 * Math.pow(6, 1.5)), IntervalStatistics.acceleration(new double[] {0, 0, 3}), 1e-15);
    }

    @Test
    void pValueFromStudentT() {
        // t = 1.96 with many draws ≈ normal: two-sided p ≈ 0.05
        assertEquals(0.05, IntervalStatistics.twoSidedP(1.959964, 100_000), 1e-4);
        assertEquals(1.0, IntervalStatistics.twoSidedP(0.0, 5000), 1e-12);
    }
}
