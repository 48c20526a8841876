package org.synergos.analysis.cbsem.internal.estimate;

import org.synergos.analysis.cbsem.internal.model.Dense;

/**
 * ML estimates of the unrestricted (saturated, H1) mean vector and covariance matrix from incomplete
 * data by the EM algorithm (Dempster, Laird &amp; Rubin 1977; Little &amp; Rubin 2002, ch. 11), and the
 * casewise normal log-likelihood at given moments. Used for the FIML chi-square (H1 log-likelihood),
 * SRMR and start values.
 */
public final class SaturatedEm {

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    /**
     * Saturated moments.
     *
     * @param mean mean vector
     * @param cov covariance (N divisor), row-major
     * @param iterations EM iterations used
     */
    public record Moments(double[] mean, double[] cov, int iterations) {
    }

    private SaturatedEm() {
    }

    /** Moments of a group: the sample moments when complete, EM estimates otherwise. */
    public static Moments estimate(GroupSample data) {
        if (data.complete()) {
            return new Moments(data.mean().clone(), data.cov().clone(), 0);
        }
        int p = data.p();
        double[] mu = new double[p];
        double[] sigma = new double[p * p];
        for (int j = 0; j < p; j++) {
            double s = 0;
            double s2 = 0;
            int n = 0;
            for (double[] r : data.rows()) {
                if (!Double.isNaN(r[j])) {
                    s += r[j];
                    s2 += r[j] * r[j];
                    n++;
                }
            }
            mu[j] = s / n;
            sigma[j * p + j] = Math.max(s2 / n - mu[j] * mu[j], 1e-8);
        }
        int it = 0;
        double[] t1 = new double[p];
        double[] t2 = new double[p * p];
        double[] x = new double[p];
        for (it = 1; it <= 10000; it++) {
            java.util.Arrays.fill(t1, 0.0);
            java.util.Arrays.fill(t2, 0.0);
            for (GroupSample.Pattern pat : data.patterns()) {
                int[] o = pat.observed();
                int po = o.length;
                int[] m = missing(o, p);
                int pm = m.length;
                double[] reg = new double[pm * po];
                double[] cond = new double[pm * pm];
                if (pm > 0) {
                    double[] soo = new double[po * po];
                    for (int i = 0; i < po; i++) {
                        for (int j = 0; j < po; j++) {
                            soo[i * po + j] = sigma[o[i] * p + o[j]];
                        }
                    }
                    double[] inv = Dense.inverseSpd(soo, po);
                    for (int i = 0; i < pm; i++) {
                        for (int j = 0; j < po; j++) {
                            double acc = 0;
                            for (int k = 0; k < po; k++) {
                                acc += sigma[m[i] * p + o[k]] * inv[k * po + j];
                            }
                            reg[i * po + j] = acc;
                        }
                    }
                    for (int i = 0; i < pm; i++) {
                        for (int j = 0; j < pm; j++) {
                            double acc = sigma[m[i] * p + m[j]];
                            for (int k = 0; k < po; k++) {
                                acc -= reg[i * po + k] * sigma[o[k] * p + m[j]];
                            }
                            cond[i * pm + j] = acc;
                        }
                    }
                }
                for (double[] r : pat.rows()) {
                    for (int i = 0; i < po; i++) {
                        x[o[i]] = r[i];
                    }
                    for (int i = 0; i < pm; i++) {
                        double acc = mu[m[i]];
                        for (int k = 0; k < po; k++) {
                            acc += reg[i * po + k] * (r[k] - mu[o[k]]);
                        }
                        x[m[i]] = acc;
                    }
                    for (int i = 0; i < p; i++) {
                        t1[i] += x[i];
                        for (int j = 0; j < p; j++) {
                            t2[i * p + j] += x[i] * x[j];
                        }
                    }
                    for (int i = 0; i < pm; i++) {
                        for (int j = 0; j < pm; j++) {
                            t2[m[i] * p + m[j]] += cond[i * pm + j];
                        }
                    }
                }
            }
            int n = data.n();
            double change = 0;
            for (int i = 0; i < p; i++) {
                double nm = t1[i] / n;
                change = Math.max(change, Math.abs(nm - mu[i]));
                mu[i] = nm;
            }
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    double ns = t2[i * p + j] / n - mu[i] * mu[j];
                    change = Math.max(change, Math.abs(ns - sigma[i * p + j]));
                    sigma[i * p + j] = ns;
                }
            }
            if (change < 1e-12) {
                break;
            }
        }
        return new Moments(mu, sigma, it);
    }

    private static int[] missing(int[] observed, int p) {
        int[] out = new int[p - observed.length];
        int k = 0;
        int o = 0;
        for (int j = 0; j < p; j++) {
            if (o < observed.length && observed[o] == j) {
                o++;
            } else {
                out[k++] = j;
            }
        }
        return out;
    }

    /** Casewise normal log-likelihood of the group's data at moments (mean, cov). */
    public static double logLik(GroupSample data, double[] mean, double[] cov) {
        int p = data.p();
        double ll = 0;
        for (GroupSample.Pattern pat : data.patterns()) {
            int[] o = pat.observed();
            int po = o.length;
            double[] c = new double[po * po];
            for (int i = 0; i < po; i++) {
                for (int j = 0; j < po; j++) {
                    c[i * po + j] = cov[o[i] * p + o[j]];
                }
            }
            double[] inv = Dense.inverseSpd(c, po);
            double[] l = c.clone();
            Dense.cholesky(l, po);
            double logDet = Dense.logDetFromCholesky(l, po);
            double tr = 0;
            for (int i = 0; i < po; i++) {
                double di = pat.mean()[i] - mean[o[i]];
                for (int j = 0; j < po; j++) {
                    double dj = pat.mean()[j] - mean[o[j]];
                    tr += (pat.cov()[i * po + j] + di * dj) * inv[j * po + i];
                }
            }
            ll += -0.5 * pat.n() * (po * LOG_2PI + logDet + tr);
        }
        return ll;
    }
}
