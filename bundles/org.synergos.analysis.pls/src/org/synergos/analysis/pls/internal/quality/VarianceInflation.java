package org.synergos.analysis.pls.internal.quality;

import java.util.Arrays;

import org.synergos.analysis.pls.internal.linalg.SmallCholesky;
import org.synergos.analysis.pls.internal.model.CompiledModel;

/**
 * Variance inflation factors {@code VIF = 1/(1−R²)}, the diagonal of the inverse correlation matrix.
 * Outer: each indicator regressed on the other indicators of its block (seminr {@code vif_items}).
 * Inner: each predecessor of an endogenous construct regressed on the other predecessors, from the
 * construct correlations it is given: the score correlations (seminr {@code vif_antecedents}, also under
 * PLSc) or, under PLSc, the disattenuated ones (cSEM). A lone indicator or predecessor has VIF 1.
 */
public final class VarianceInflation {

    private VarianceInflation() {
    }

    /** Outer VIF per indicator. */
    public static double[] outer(double[] s, CompiledModel m) {
        double[] vif = new double[m.indicatorCount];
        for (int j = 0; j < m.constructCount; j++) {
            int[] idx = range(m.blockStart[j], m.blockEnd[j]);
            diagonalOfInverse(s, m.indicatorCount, idx, vif, m.blockStart[j]);
        }
        return vif;
    }

    /** Inner VIF {@code [from * k + to]}; NaN where there is no path. */
    public static double[] inner(double[] constructCorrelations, CompiledModel m) {
        int k = m.constructCount;
        double[] vif = new double[k * k];
        Arrays.fill(vif, Double.NaN);
        double[] diag = new double[k];
        for (int j : m.endogenous) {
            int[] pred = m.predecessors[j];
            diagonalOfInverse(constructCorrelations, k, pred, diag, 0);
            for (int r = 0; r < pred.length; r++) {
                vif[pred[r] * k + j] = diag[r];
            }
        }
        return vif;
    }

    private static void diagonalOfInverse(double[] matrix, int order, int[] idx, double[] out, int offset) {
        int q = idx.length;
        if (q == 1) {
            out[offset] = 1.0;
            return;
        }
        double[] sub = new double[q * q];
        SmallCholesky.gather(matrix, order, idx, sub);
        double[] diag = new double[q];
        if (SmallCholesky.factor(sub, q)) {
            SmallCholesky.inverseDiagonal(sub, q, diag, new double[q]);
        } else {
            Arrays.fill(diag, Double.POSITIVE_INFINITY);
        }
        System.arraycopy(diag, 0, out, offset, q);
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }
}
