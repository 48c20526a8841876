package org.synergos.analysis.cbsem.internal.evaluate;

import org.synergos.analysis.cbsem.internal.estimate.GroupSample;
import org.synergos.analysis.cbsem.internal.model.Dense;

/**
 * Information matrices of the saturated (H1) normal model of one group in the parameters {@code (μ,
 * vech Σ)} (means first when modelled; vech row-wise over the upper triangle), totals over cases,
 * evaluated at given moments ("unstructured" H1 information in lavaan's terms). With missing data the
 * casewise likelihood is summed over the missing-data patterns (Arbuckle 1996), each pattern
 * contributing only to the elements of its observed variables. For a pattern with n cases, inverse
 * covariance W of the observed block, d = mean - μ and V = W(S + dd')W:
 * observed information {@code I_μμ = nW}, {@code I_μσ = n W E W d}, {@code I_σσ = n [tr(E_k W E_l V) -
 * ½ tr(W E_k W E_l)]}; casewise scores {@code z = W(x - μ)}, {@code s_μ = z}, {@code s_σ = -½(W - zz')}
 * (doubled off the diagonal); E_k the symmetric unit matrix of σ_k.
 */
final class SaturatedInformation {

    private final int p;
    private final boolean means;
    private final int dim;
    private final int[] ra;
    private final int[] rb;

    SaturatedInformation(int p, boolean means) {
        this.p = p;
        this.means = means;
        int ps = p * (p + 1) / 2;
        dim = ps + (means ? p : 0);
        ra = new int[ps];
        rb = new int[ps];
        int k = 0;
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                ra[k] = i;
                rb[k] = j;
                k++;
            }
        }
    }

    int dim() {
        return dim;
    }

    /** Index of the covariance element (a, b) in the parameter vector. */
    int sigmaIndex(int a, int b) {
        int i = Math.min(a, b);
        int j = Math.max(a, b);
        // row-wise upper triangle: rows 0..i-1 hold p, p-1, ..., p-i+1 elements
        return (means ? p : 0) + i * p - i * (i - 1) / 2 + (j - i);
    }

    /** Observed information (dim×dim) at moments (mu, sigma). */
    double[] observed(GroupSample data, double[] mu, double[] sigma) {
        double[] out = new double[dim * dim];
        for (GroupSample.Pattern pat : data.patterns()) {
            int[] o = pat.observed();
            int po = o.length;
            double[] w = Dense.inverseSpd(submatrix(sigma, o), po);
            double[] d = new double[po];
            for (int i = 0; i < po; i++) {
                d[i] = means ? pat.mean()[i] - mu[o[i]] : 0.0;
            }
            double[] c = pat.cov().clone();
            for (int i = 0; i < po; i++) {
                for (int j = 0; j < po; j++) {
                    c[i * po + j] += d[i] * d[j];
                }
            }
            double[] v = multiply(multiply(w, c, po), w, po);
            double[] wd = new double[po];
            for (int i = 0; i < po; i++) {
                for (int j = 0; j < po; j++) {
                    wd[i] += w[i * po + j] * d[j];
                }
            }
            int n = pat.n();
            // σ elements (a ≤ b) within the pattern, in local indices
            int pairs = po * (po + 1) / 2;
            int[] la = new int[pairs];
            int[] lb = new int[pairs];
            int[] gi = new int[pairs];
            int k = 0;
            for (int i = 0; i < po; i++) {
                for (int j = i; j < po; j++) {
                    la[k] = i;
                    lb[k] = j;
                    gi[k] = sigmaIndex(o[i], o[j]);
                    k++;
                }
            }
            for (int x = 0; x < pairs; x++) {
                for (int y = 0; y < pairs; y++) {
                    double val = -0.5 * symTrace(w, w, la[x], lb[x], la[y], lb[y], po)
                            + symTrace(w, v, la[x], lb[x], la[y], lb[y], po);
                    out[gi[x] * dim + gi[y]] += n * val;
                }
            }
            if (means) {
                for (int i = 0; i < po; i++) {
                    for (int j = 0; j < po; j++) {
                        out[o[i] * dim + o[j]] += n * w[i * po + j];
                    }
                    for (int x = 0; x < pairs; x++) {
                        int a = la[x];
                        int b = lb[x];
                        double val = w[i * po + a] * wd[b] + (a != b ? w[i * po + b] * wd[a] : 0.0);
                        out[o[i] * dim + gi[x]] += n * val;
                        out[gi[x] * dim + o[i]] += n * val;
                    }
                }
            }
        }
        return out;
    }

    /** First-order information {@code Σ_i s_i s_i'} (dim×dim) at moments (mu, sigma). */
    double[] firstOrder(GroupSample data, double[] mu, double[] sigma) {
        double[] out = new double[dim * dim];
        double[] sc = new double[dim];
        int[] touched = new int[dim];
        for (GroupSample.Pattern pat : data.patterns()) {
            int[] o = pat.observed();
            int po = o.length;
            double[] w = Dense.inverseSpd(submatrix(sigma, o), po);
            double[] z = new double[po];
            int count = 0;
            if (means) {
                for (int i = 0; i < po; i++) {
                    touched[count++] = o[i];
                }
            }
            for (int i = 0; i < po; i++) {
                for (int j = i; j < po; j++) {
                    touched[count++] = sigmaIndex(o[i], o[j]);
                }
            }
            for (double[] x : pat.rows()) {
                for (int i = 0; i < po; i++) {
                    double acc = 0;
                    for (int j = 0; j < po; j++) {
                        acc += w[i * po + j] * (x[j] - mu[o[j]]);
                    }
                    z[i] = acc;
                }
                int t = 0;
                if (means) {
                    for (int i = 0; i < po; i++) {
                        sc[t++] = z[i];
                    }
                }
                for (int i = 0; i < po; i++) {
                    for (int j = i; j < po; j++) {
                        double g = -0.5 * (w[i * po + j] - z[i] * z[j]);
                        sc[t++] = i == j ? g : 2 * g;
                    }
                }
                for (int x1 = 0; x1 < count; x1++) {
                    int r = touched[x1] * dim;
                    for (int x2 = 0; x2 < count; x2++) {
                        out[r + touched[x2]] += sc[x1] * sc[x2];
                    }
                }
            }
        }
        return out;
    }

    /**
     * Information of the complete-data saturated model at its own optimum (sample moments = sigma),
     * for n cases: {@code I_μμ = nW}, {@code I_σσ = n ½ tr(W E_k W E_l)}.
     */
    double[] completeAtOptimum(double[] sigma, int n) {
        double[] out = new double[dim * dim];
        double[] w = Dense.inverseSpd(sigma, p);
        int off = means ? p : 0;
        int ps = ra.length;
        for (int x = 0; x < ps; x++) {
            for (int y = 0; y < ps; y++) {
                out[(off + x) * dim + off + y] = n * 0.5 * symTrace(w, w, ra[x], rb[x], ra[y], rb[y], p);
            }
        }
        if (means) {
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    out[i * dim + j] = n * w[i * p + j];
                }
            }
        }
        return out;
    }

    /**
     * Expected information (dim×dim) at covariance sigma: the complete-data information of each
     * missing-data pattern's observed block, for its cases, placed at its variables' elements (lavaan's
     * {@code lav_mvnorm_missing_information_expected}, as a total over cases).
     */
    double[] expected(GroupSample data, double[] sigma) {
        double[] out = new double[dim * dim];
        for (GroupSample.Pattern pattern : data.patterns()) {
            int[] o = pattern.observed();
            int po = o.length;
            SaturatedInformation sub = new SaturatedInformation(po, means);
            double[] block = sub.completeAtOptimum(submatrix(sigma, o), pattern.n());
            int[] at = new int[sub.dim];
            if (means) {
                for (int a = 0; a < po; a++) {
                    at[a] = o[a];
                }
            }
            for (int a = 0; a < po; a++) {
                for (int b = a; b < po; b++) {
                    at[sub.sigmaIndex(a, b)] = sigmaIndex(o[a], o[b]);
                }
            }
            for (int x = 0; x < sub.dim; x++) {
                for (int y = 0; y < sub.dim; y++) {
                    out[at[x] * dim + at[y]] += block[x * sub.dim + y];
                }
            }
        }
        return out;
    }

    private double[] submatrix(double[] sigma, int[] o) {
        int po = o.length;
        double[] c = new double[po * po];
        for (int i = 0; i < po; i++) {
            for (int j = 0; j < po; j++) {
                c[i * po + j] = sigma[o[i] * p + o[j]];
            }
        }
        return c;
    }

    /** tr(E₁ X E₂ Y) with E the symmetric unit matrices of vech elements (a,b) and (c,d). */
    static double symTrace(double[] x, double[] y, int a, int b, int c, int d, int n) {
        // tr(e_i e_j' X e_k e_l' Y) = X_jk Y_li, summed over the one or two terms of each E
        double s = x[b * n + c] * y[d * n + a];
        if (c != d) {
            s += x[b * n + d] * y[c * n + a];
        }
        if (a != b) {
            s += x[a * n + c] * y[d * n + b];
            if (c != d) {
                s += x[a * n + d] * y[c * n + b];
            }
        }
        return s;
    }

    static double[] multiply(double[] a, double[] b, int n) {
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double aik = a[i * n + k];
                for (int j = 0; j < n; j++) {
                    out[i * n + j] += aik * b[k * n + j];
                }
            }
        }
        return out;
    }
}
