package org.synergos.analysis.pls.internal.estimation;

import java.util.Arrays;

import org.synergos.analysis.pls.core.InnerWeighting;
import org.synergos.analysis.pls.core.Measurement;
import org.synergos.analysis.pls.core.PlsOptions;
import org.synergos.analysis.pls.internal.linalg.SmallCholesky;
import org.synergos.analysis.pls.internal.linalg.SmallLu;
import org.synergos.analysis.pls.internal.model.CompiledModel;

/**
 * The PLS path-modelling algorithm (Wold 1982; Lohmöller 1989) and consistent PLS (Dijkstra &amp;
 * Henseler 2015), expressed entirely on the indicator correlation matrix S: construct scores are linear
 * combinations {@code Xw} of standardised indicators, so every quantity the iteration needs is a function
 * of S and the weights, and one iteration costs O(p²) whatever the sample size.
 *
 * <p>Iteration (as seminr 2.3.2 {@code simplePLS}): start from unit weights; then repeatedly
 * <ol>
 * <li>outer estimate: score correlations {@code C = WᵀSW} and indicator–score correlations {@code SW},
 * both for standardised scores;</li>
 * <li>inner weights E from C by the {@link InnerWeighting} scheme, inner proxy {@code z_j = Σ_i e_ij y_i};</li>
 * <li>new weights: Mode A {@code w_j ∝ cov(X_j, z_j)}, Mode B {@code w_j ∝ S_jj⁻¹ cov(X_j, z_j)}, scaled to
 * {@code w_jᵀ S_jj w_j = 1};</li>
 * <li>stop when {@code Σ|w_new − w_old| < tolerance}.</li>
 * </ol>
 * Then loadings are {@code corr(x, y_j)}, path coefficients the OLS solution of every endogenous construct
 * on its predecessors (Cholesky on the construct correlation matrix), and R² = bᵀr.
 *
 * <p>PLSc: for reflective constructs {@code ĉ² = wᵀ(S_jj − diag S_jj)w / wᵀ(wwᵀ − diag(wwᵀ))w},
 * {@code rhoA = (wᵀw)² ĉ²}, consistent loadings {@code λ = ĉ w} and construct correlations
 * {@code r_ij / √(rhoA_i rhoA_j)} (composites keep reliability 1) from which paths and R² are re-estimated.
 */
public final class PlsKernel {

    private PlsKernel() {
    }

    /** Runs the algorithm on the p×p correlation matrix {@code s}; results land in {@code st}. */
    public static KernelStatus run(double[] s, KernelState st, PlsOptions options) {
        CompiledModel m = st.model;
        if (!factorModeBBlocks(s, st)) {
            return KernelStatus.SINGULAR;
        }
        Arrays.fill(st.weights, 1.0);
        boolean converged = false;
        for (int iteration = 0; iteration <= options.maxIterations(); iteration++) {
            outerEstimate(s, st);
            if (!innerWeights(st, options.innerWeighting())) {
                return KernelStatus.SINGULAR;
            }
            System.arraycopy(st.weights, 0, st.previous, 0, st.p);
            updateWeights(s, st);
            double change = 0;
            for (int a = 0; a < st.p; a++) {
                change += Math.abs(st.weights[a] - st.previous[a]);
            }
            st.iterations = iteration;
            st.lastChange = change;
            if (!Double.isFinite(change)) {
                return KernelStatus.INADMISSIBLE;
            }
            if (change < options.tolerance()) {
                converged = true;
                break;
            }
        }
        if (!converged) {
            return KernelStatus.NOT_CONVERGED;
        }
        outerEstimate(s, st);
        reliabilityAndCorrection(s, st, options.consistent());
        KernelStatus status = estimatePaths(st);
        if (status != KernelStatus.OK) {
            return status;
        }
        for (int j = 0; j < m.constructCount; j++) {
            if (!Double.isFinite(st.rSquared[j]) || !Double.isFinite(st.rhoA[j])) {
                return KernelStatus.INADMISSIBLE;
            }
        }
        return KernelStatus.OK;
    }

    private static boolean factorModeBBlocks(double[] s, KernelState st) {
        CompiledModel m = st.model;
        for (int j = 0; j < st.k; j++) {
            if (m.measurement[j] != Measurement.COMPOSITE_MODE_B) {
                continue;
            }
            int b0 = m.blockStart[j];
            int size = m.blockSize(j);
            int off = st.blockFactorOffset[j];
            for (int a = 0; a < size; a++) {
                for (int b = 0; b < size; b++) {
                    st.blockFactors[off + a * size + b] = s[(b0 + a) * st.p + b0 + b];
                }
            }
            double[] tmp = new double[size * size];
            System.arraycopy(st.blockFactors, off, tmp, 0, size * size);
            if (!SmallCholesky.factor(tmp, size)) {
                return false;
            }
            System.arraycopy(tmp, 0, st.blockFactors, off, size * size);
        }
        return true;
    }

    /** Standardised-score quantities for the current weights: SW (cross-loadings) and C. */
    static void outerEstimate(double[] s, KernelState st) {
        CompiledModel m = st.model;
        int p = st.p;
        int k = st.k;
        double[] w = st.weights;
        double[] sw = st.crossLoadings;
        for (int a = 0; a < p; a++) {
            int ra = a * p;
            for (int j = 0; j < k; j++) {
                double acc = 0;
                for (int b = m.blockStart[j]; b < m.blockEnd[j]; b++) {
                    acc += s[ra + b] * w[b];
                }
                sw[a * k + j] = acc;
            }
        }
        for (int j = 0; j < k; j++) {
            double v = 0;
            for (int a = m.blockStart[j]; a < m.blockEnd[j]; a++) {
                v += w[a] * sw[a * k + j];
            }
            st.scoreSd[j] = Math.sqrt(v);
        }
        for (int a = 0; a < p; a++) {
            for (int j = 0; j < k; j++) {
                sw[a * k + j] /= st.scoreSd[j];
            }
        }
        double[] c = st.scoreCorrelations;
        for (int i = 0; i < k; i++) {
            c[i * k + i] = 1.0;
            for (int j = 0; j < i; j++) {
                double acc = 0;
                for (int a = m.blockStart[i]; a < m.blockEnd[i]; a++) {
                    acc += w[a] * sw[a * k + j];
                }
                acc /= st.scoreSd[i];
                c[i * k + j] = acc;
                c[j * k + i] = acc;
            }
        }
    }

    /** Inner weights {@code inner[i * k + j]}: weight of construct i in the inner proxy of j. */
    private static boolean innerWeights(KernelState st, InnerWeighting scheme) {
        CompiledModel m = st.model;
        int k = st.k;
        double[] c = st.scoreCorrelations;
        double[] e = st.inner;
        Arrays.fill(e, 0.0);
        for (int j = 0; j < k; j++) {
            for (int i : m.successors[j]) {
                e[i * k + j] = scheme == InnerWeighting.CENTROID ? Math.signum(c[i * k + j]) : c[i * k + j];
            }
            int[] pred = m.predecessors[j];
            if (pred.length == 0) {
                continue;
            }
            if (scheme != InnerWeighting.PATH) {
                for (int i : pred) {
                    e[i * k + j] = scheme == InnerWeighting.CENTROID ? Math.signum(c[i * k + j]) : c[i * k + j];
                }
                continue;
            }
            int q = pred.length;
            SmallCholesky.gather(c, k, pred, st.system);
            for (int r = 0; r < q; r++) {
                st.rhs[r] = c[pred[r] * k + j];
            }
            if (!solve(st, c, pred, q)) {
                return false;
            }
            for (int r = 0; r < q; r++) {
                e[pred[r] * k + j] = st.rhs[r];
            }
        }
        return true;
    }

    private static void updateWeights(double[] s, KernelState st) {
        CompiledModel m = st.model;
        int p = st.p;
        int k = st.k;
        double[] w = st.weights;
        double[] t = st.proxy;
        for (int j = 0; j < k; j++) {
            int b0 = m.blockStart[j];
            int b1 = m.blockEnd[j];
            if (m.isIsolated(j)) {
                for (int a = b0; a < b1; a++) {
                    t[a] = w[a];
                }
            } else {
                for (int a = b0; a < b1; a++) {
                    double acc = 0;
                    for (int i = 0; i < k; i++) {
                        double eij = st.inner[i * k + j];
                        if (eij != 0.0) {
                            acc += eij * st.crossLoadings[a * k + i];
                        }
                    }
                    t[a] = acc;
                }
                if (m.measurement[j] == Measurement.COMPOSITE_MODE_B) {
                    solveBlock(st, j, t, b0, b1 - b0);
                }
            }
            double v = 0;
            for (int a = b0; a < b1; a++) {
                double acc = 0;
                for (int b = b0; b < b1; b++) {
                    acc += s[a * p + b] * t[b];
                }
                v += t[a] * acc;
            }
            double scale = 1.0 / Math.sqrt(v);
            for (int a = b0; a < b1; a++) {
                w[a] = t[a] * scale;
            }
        }
    }

    /**
     * Solves {@code c[pred, pred] x = rhs} (rhs already in {@code st.rhs}): Cholesky, or pivoted elimination
     * when the matrix is not positive definite (possible for disattenuated PLSc correlations).
     */
    private static boolean solve(KernelState st, double[] c, int[] pred, int q) {
        if (SmallCholesky.factor(st.system, q)) {
            SmallCholesky.solve(st.system, q, st.rhs);
            return true;
        }
        SmallCholesky.gather(c, st.k, pred, st.system);
        return SmallLu.solve(st.system, q, st.rhs);
    }

    private static void solveBlock(KernelState st, int j, double[] t, int b0, int size) {
        double[] x = new double[size];
        System.arraycopy(t, b0, x, 0, size);
        double[] factor = new double[size * size];
        System.arraycopy(st.blockFactors, st.blockFactorOffset[j], factor, 0, size * size);
        SmallCholesky.solve(factor, size, x);
        System.arraycopy(x, 0, t, b0, size);
    }

    private static void reliabilityAndCorrection(double[] s, KernelState st, boolean consistent) {
        CompiledModel m = st.model;
        int k = st.k;
        int p = st.p;
        double[] w = st.weights;
        double[] q = st.rSquared; // scratch for the attenuation factors; overwritten by estimatePaths
        for (int j = 0; j < k; j++) {
            int b0 = m.blockStart[j];
            int b1 = m.blockEnd[j];
            double ww = 0;
            for (int a = b0; a < b1; a++) {
                ww += w[a] * w[a];
            }
            boolean corrected = consistent && m.measurement[j] == Measurement.REFLECTIVE && b1 - b0 > 1;
            if (b1 - b0 == 1) {
                st.rhoA[j] = 1.0;
            } else {
                double num = 0;
                double w4 = 0;
                for (int a = b0; a < b1; a++) {
                    w4 += w[a] * w[a] * w[a] * w[a];
                    for (int b = b0; b < b1; b++) {
                        if (a != b) {
                            num += w[a] * s[a * p + b] * w[b];
                        }
                    }
                }
                double c2 = num / (ww * ww - w4);
                st.rhoA[j] = ww * ww * c2;
            }
            q[j] = corrected ? Math.sqrt(st.rhoA[j]) : 1.0;
            for (int a = b0; a < b1; a++) {
                st.loadings[a] = corrected ? w[a] * q[j] / ww : st.crossLoadings[a * k + j];
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                st.constructCorrelations[i * k + j] = i == j ? 1.0 : st.scoreCorrelations[i * k + j] / (q[i] * q[j]);
            }
        }
    }

    private static KernelStatus estimatePaths(KernelState st) {
        CompiledModel m = st.model;
        int k = st.k;
        double[] c = st.constructCorrelations;
        Arrays.fill(st.paths, 0.0);
        Arrays.fill(st.rSquared, 0.0);
        for (int j : m.endogenous) {
            int[] pred = m.predecessors[j];
            int q = pred.length;
            SmallCholesky.gather(c, k, pred, st.system);
            for (int r = 0; r < q; r++) {
                st.rhs[r] = c[pred[r] * k + j];
            }
            if (!solve(st, c, pred, q)) {
                return KernelStatus.SINGULAR;
            }
            double r2 = 0;
            for (int r = 0; r < q; r++) {
                st.paths[pred[r] * k + j] = st.rhs[r];
                r2 += st.rhs[r] * c[pred[r] * k + j];
            }
            st.rSquared[j] = r2;
        }
        return KernelStatus.OK;
    }
}
