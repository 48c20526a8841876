package org.synergos.analysis.pls.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The resample correlations — weighted moments of the rows drawn, computed two columns at a time, or summed
 * from precomputed row products — equal the Pearson correlations of the resample written out row by row,
 * for every column count (odd and even, the blocked loop's edges), and a constant resample column is reported.
 */
class CorrelationsTest {

    @Test
    void resampleCorrelationsEqualThoseOfTheMaterialisedResample() {
        SplittableRandom random = new SplittableRandom(7);
        for (int p = 1; p <= 9; p++) {
            int n = 40 + p;
            double[] raw = new double[n * p];
            for (int i = 0; i < raw.length; i++) {
                raw[i] = 1 + random.nextInt(7) + 0.1 * random.nextDouble();
            }
            for (int draw = 0; draw < 5; draw++) {
                int[] counts = new int[n];
                int[] rows = new int[n];
                for (int i = 0; i < n; i++) {
                    rows[i] = random.nextInt(n);
                    counts[rows[i]]++;
                }
                double[] out = new double[p * p];
                assertTrue(Correlations.ofResample(raw, n, p, counts, new double[n * (p + 1)], out));
                ResampleCorrelations summed = new ResampleCorrelations(new PreparedData(n, p, raw, new int[n], 0));
                double[] fromProducts = new double[p * p];
                assertTrue(summed.compute(counts, summed.newScratch(), fromProducts));
                for (int a = 0; a < p; a++) {
                    for (int b = 0; b < p; b++) {
                        double expected = pearson(raw, n, rows, a, b);
                        assertEquals(expected, out[a * p + b], 1e-13, "p " + p + ", r(" + a + "," + b + ")");
                        assertEquals(expected, fromProducts[a * p + b], 1e-13,
                                "from products: p " + p + ", r(" + a + "," + b + ")");
                    }
                }
            }
        }
    }

    @Test
    void aConstantColumnInTheResampleIsReported() {
        int n = 6;
        double[] raw = { 1, 2, 3, 4, 5, 6, 5, 5, 5, 9, 9, 9 };
        int[] counts = { 2, 2, 2, 0, 0, 0 }; // rows 0..2 only: column 1 is constant 5 there
        assertFalse(Correlations.ofResample(raw, n, 2, counts, new double[n * 3], new double[4]));
        ResampleCorrelations summed = new ResampleCorrelations(new PreparedData(n, 2, raw, new int[n], 0));
        assertFalse(summed.compute(counts, summed.newScratch(), new double[4]));
    }

    private static double pearson(double[] raw, int n, int[] rows, int a, int b) {
        double ma = 0;
        double mb = 0;
        for (int r : rows) {
            ma += raw[a * n + r];
            mb += raw[b * n + r];
        }
        ma /= rows.length;
        mb /= rows.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int r : rows) {
            double da = raw[a * n + r] - ma;
            double db = raw[b * n + r] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
