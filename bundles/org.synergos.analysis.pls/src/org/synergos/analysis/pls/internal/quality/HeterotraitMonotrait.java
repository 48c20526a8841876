package org.synergos.analysis.pls.internal.quality;

import org.synergos.analysis.pls.internal.model.CompiledModel;

/**
 * Heterotrait–monotrait ratios of correlations.
 * <ul>
 * <li>HTMT (Henseler, Ringle &amp; Sarstedt 2015): mean heterotrait correlation divided by the geometric
 * mean of the two mean monotrait correlations. With {@code absolute = true} the absolute values of the
 * indicator correlations are averaged (seminr 2.3.2); with {@code false} the signed ones (cSEM 0.6.1) —
 * the two differ only when some indicator correlations are negative.</li>
 * <li>HTMT2 (Roemer, Schuberth &amp; Henseler 2021): the same with geometric instead of arithmetic means
 * (of absolute correlations; the measure is defined for positive correlations).</li>
 * </ul>
 * A single-indicator block has monotrait mean 1. Results are k×k, filled below the diagonal
 * ({@code [j * k + i]} for i &lt; j, as seminr's layout), NaN elsewhere.
 */
public final class HeterotraitMonotrait {

    private HeterotraitMonotrait() {
    }

    public static double[] htmt(double[] s, CompiledModel m, boolean absolute) {
        return compute(s, m, false, absolute);
    }

    public static double[] htmt2(double[] s, CompiledModel m) {
        return compute(s, m, true, true);
    }

    /** HTMT into {@code out} in pair order (i &lt; j, row-wise by i), without allocation; returns pairs written. */
    public static int htmtPairs(double[] s, CompiledModel m, double[] monoScratch, double[] out, int offset) {
        int k = m.constructCount;
        for (int j = 0; j < k; j++) {
            monoScratch[j] = monotrait(s, m, j, false, true);
        }
        int w = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                out[offset + w++] = heterotrait(s, m, i, j, false, true) / Math.sqrt(monoScratch[i] * monoScratch[j]);
            }
        }
        return w;
    }

    private static double[] compute(double[] s, CompiledModel m, boolean geometric, boolean absolute) {
        int k = m.constructCount;
        double[] mono = new double[k];
        for (int j = 0; j < k; j++) {
            mono[j] = monotrait(s, m, j, geometric, absolute);
        }
        double[] out = new double[k * k];
        java.util.Arrays.fill(out, Double.NaN);
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                out[j * k + i] = heterotrait(s, m, i, j, geometric, absolute) / Math.sqrt(mono[i] * mono[j]);
            }
        }
        return out;
    }

    private static double monotrait(double[] s, CompiledModel m, int j, boolean geometric, boolean absolute) {
        int p = m.indicatorCount;
        int b0 = m.blockStart[j];
        int b1 = m.blockEnd[j];
        if (b1 - b0 == 1) {
            return 1.0;
        }
        double acc = 0;
        int count = 0;
        for (int a = b0; a < b1; a++) {
            for (int b = a + 1; b < b1; b++) {
                acc += term(s[a * p + b], geometric, absolute);
                count++;
            }
        }
        return finish(acc, count, geometric);
    }

    private static double heterotrait(double[] s, CompiledModel m, int i, int j, boolean geometric, boolean absolute) {
        int p = m.indicatorCount;
        double acc = 0;
        int count = 0;
        for (int a = m.blockStart[i]; a < m.blockEnd[i]; a++) {
            for (int b = m.blockStart[j]; b < m.blockEnd[j]; b++) {
                acc += term(s[a * p + b], geometric, absolute);
                count++;
            }
        }
        return finish(acc, count, geometric);
    }

    private static double term(double r, boolean geometric, boolean absolute) {
        return geometric ? Math.log(Math.abs(r)) : absolute ? Math.abs(r) : r;
    }

    private static double finish(double acc, int count, boolean geometric) {
        double mean = acc / count;
        return geometric ? Math.exp(mean) : mean;
    }
}
