package org.synergos.analysis.pls.internal.quality;

import org.synergos.analysis.pls.internal.model.CompiledModel;

/**
 * Internal-consistency reliability per construct, computed as seminr 2.3.2 does.
 * <ul>
 * <li>Cronbach's alpha, standardised form from the block's indicator correlations R:
 * {@code α = q/(q−1)·(1 − q/ΣR)};</li>
 * <li>composite reliability (Jöreskog's rho, rhoC) from the reported loadings:
 * {@code (Σλ)² / ((Σλ)² + Σ(1−λ²))};</li>
 * <li>average variance extracted {@code AVE = mean λ²};</li>
 * <li>rhoA (Dijkstra &amp; Henseler 2015), computed by the kernel.</li>
 * </ul>
 * Single-indicator blocks get 1 for all four. Under PLSc the loadings are the consistent ones, so rhoC and
 * AVE refer to the common-factor model (as seminr's {@code reflective()} output).
 */
public final class ReliabilityMeasures {

    public final double[] alpha;
    public final double[] rhoC;
    public final double[] ave;
    public final double[] rhoA;

    public ReliabilityMeasures(double[] s, CompiledModel m, double[] loadings, double[] rhoA) {
        int k = m.constructCount;
        int p = m.indicatorCount;
        alpha = new double[k];
        rhoC = new double[k];
        ave = new double[k];
        this.rhoA = rhoA.clone();
        for (int j = 0; j < k; j++) {
            int b0 = m.blockStart[j];
            int b1 = m.blockEnd[j];
            int q = b1 - b0;
            if (q == 1) {
                alpha[j] = rhoC[j] = ave[j] = 1.0;
                continue;
            }
            double total = 0;
            for (int a = b0; a < b1; a++) {
                for (int b = b0; b < b1; b++) {
                    total += s[a * p + b];
                }
            }
            alpha[j] = q / (q - 1.0) * (1 - q / total);
            double sum = 0;
            double sq = 0;
            for (int a = b0; a < b1; a++) {
                sum += loadings[a];
                sq += loadings[a] * loadings[a];
            }
            rhoC[j] = sum * sum / (sum * sum + (q - sq));
            ave[j] = sq / q;
        }
    }
}
