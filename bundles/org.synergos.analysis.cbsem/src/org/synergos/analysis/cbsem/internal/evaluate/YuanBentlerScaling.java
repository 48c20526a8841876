package org.synergos.analysis.cbsem.internal.evaluate;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.estimate.GroupSample;
import org.synergos.analysis.cbsem.internal.model.Dense;
import org.synergos.analysis.cbsem.internal.model.ImpliedMoments;

/**
 * Scaling factor of the Yuan–Bentler test statistic (Yuan &amp; Bentler 2000), in the Mplus
 * variant that lavaan uses for MLR ({@code test = "yuan.bentler.mplus"}): {@code c = (tr(A₁⁻¹B₁) -
 * tr(A₀⁻¹B₀)) / df}, where A₁ and B₁ are the observed and first-order information of the saturated
 * (H1) model evaluated at the sample moments ("unstructured", as lavaan does for this trace), and
 * A₀, B₀ those of the model (A₀ the information used for the standard errors).
 * Satorra &amp; Bentler (1994) give the general form {@code tr(UΓ)/df}.
 */
public final class YuanBentlerScaling {

    /**
     * @param c scaling factor of the chi-square (T_scaled = T / c)
     * @param traceH1 tr(A₁⁻¹B₁)
     * @param traceH0 tr(A₀⁻¹B₀)
     */
    public record Result(double c, double traceH1, double traceH0) {
    }

    private YuanBentlerScaling() {
    }

    /**
     * @param fm fitted model
     * @param a0 observed (or expected) information of the model, total over cases (q×q)
     * @param b0 first-order information of the model, total over cases (q×q)
     * @param df degrees of freedom
     */
    public static Result compute(FittedModel fm, double[] a0, double[] b0, int df) {
        int q = fm.table().freeCount();
        double traceH0 = q == 0 ? 0 : trace(solve(a0, q), b0, q);
        double traceH1 = 0;
        double[] theta = fm.theta();
        for (int g = 0; g < fm.models().size(); g++) {
            GroupSample data = fm.samples().get(g);
            boolean means = fm.models().get(g).meanStructure();
            traceH1 += traceH1(data.cov(), data.mean(), data, data.p(), means);
        }
        return new Result((traceH1 - traceH0) / df, traceH1, traceH0);
    }

    private static double traceH1(double[] sigma, double[] mu, GroupSample data, int p, boolean means) {
        int ps = p * (p + 1) / 2;
        int dim = ps + (means ? p : 0);
        double[] w = Dense.inverseSpd(sigma, p);
        int n = data.n();
        double[] xbar = data.mean();
        double[] s = data.cov();
        double[] d = new double[p];
        for (int i = 0; i < p; i++) {
            d[i] = xbar[i] - mu[i];
        }
        double[] u = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                u[i * p + j] = s[i * p + j] + d[i] * d[j];
            }
        }
        double[] v = mult(mult(w, u, p), w, p);
        int[] ra = new int[ps];
        int[] rb = new int[ps];
        int k = 0;
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                ra[k] = i;
                rb[k] = j;
                k++;
            }
        }
        double[] a1 = new double[dim * dim];
        int off = means ? p : 0;
        double[] wd = new double[p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                wd[i] += w[i * p + j] * d[j];
            }
        }
        for (int x = 0; x < ps; x++) {
            for (int y = 0; y < ps; y++) {
                double val = -0.5 * symTrace(w, w, ra[x], rb[x], ra[y], rb[y], p)
                        + symTrace(w, v, ra[x], rb[x], ra[y], rb[y], p);
                a1[(off + x) * dim + off + y] = val * n;
            }
        }
        if (means) {
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    a1[i * dim + j] = w[i * p + j] * n;
                }
                for (int x = 0; x < ps; x++) {
                    // (W E W d)_i for E = E_ab (symmetric)
                    int a = ra[x];
                    int b = rb[x];
                    double val = w[i * p + a] * wd[b] + (a != b ? w[i * p + b] * wd[a] : 0.0);
                    a1[i * dim + off + x] = val * n;
                    a1[(off + x) * dim + i] = val * n;
                }
            }
        }
        double[] b1 = new double[dim * dim];
        double[] sc = new double[dim];
        double[] z = new double[p];
        for (double[] row : data.rows()) {
            for (int i = 0; i < p; i++) {
                double acc = 0;
                for (int j = 0; j < p; j++) {
                    acc += w[i * p + j] * (row[j] - mu[j]);
                }
                z[i] = acc;
            }
            if (means) {
                System.arraycopy(z, 0, sc, 0, p);
            }
            for (int x = 0; x < ps; x++) {
                int a = ra[x];
                int b = rb[x];
                double g = -0.5 * (w[a * p + b] - z[a] * z[b]);
                sc[off + x] = a == b ? g : 2 * g;
            }
            for (int x = 0; x < dim; x++) {
                for (int y = 0; y < dim; y++) {
                    b1[x * dim + y] += sc[x] * sc[y];
                }
            }
        }
        return trace(solve(a1, dim), b1, dim);
    }

    /** tr(E₁ X E₂ Y) with E the symmetric unit matrices of vech elements (a,b) and (c,d). */
    private static double symTrace(double[] x, double[] y, int a, int b, int c, int d, int p) {
        // E1 = e_a e_b' (+ e_b e_a'), E2 = e_c e_d' (+ e_d e_c'); tr(e_i e_j' X e_k e_l' Y) = X_jk Y_li
        double s = 0;
        int[][] e1 = a == b ? new int[][] {{a, b}} : new int[][] {{a, b}, {b, a}};
        int[][] e2 = c == d ? new int[][] {{c, d}} : new int[][] {{c, d}, {d, c}};
        for (int[] u : e1) {
            for (int[] v : e2) {
                s += x[u[1] * p + v[0]] * y[v[1] * p + u[0]];
            }
        }
        return s;
    }

    private static double[] mult(double[] a, double[] b, int p) {
        double[] out = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < p; k++) {
                double aik = a[i * p + k];
                for (int j = 0; j < p; j++) {
                    out[i * p + j] += aik * b[k * p + j];
                }
            }
        }
        return out;
    }

    private static double[] solve(double[] a, int n) {
        RealMatrix m = new Array2DRowRealMatrix(Dense.unflatten(a, n), false);
        RealMatrix inv = new LUDecomposition(m).getSolver().getInverse();
        return Dense.flatten(inv.getData());
    }

    private static double trace(double[] ainv, double[] b, int n) {
        double t = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t += ainv[i * n + j] * b[j * n + i];
            }
        }
        return t;
    }
}
