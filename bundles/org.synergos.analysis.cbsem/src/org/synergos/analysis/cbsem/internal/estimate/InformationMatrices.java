package org.synergos.analysis.cbsem.internal.estimate;

import org.synergos.analysis.cbsem.internal.model.Dense;
import org.synergos.analysis.cbsem.internal.model.ImpliedMoments;

/**
 * Information matrices of a fitted model (all totals over cases, q×q row-major): expected (Fisher)
 * information (with missing data that of the observed-data likelihood); observed information as the negative Hessian of the log-likelihood by central
 * differences of the analytic gradient (as lavaan's {@code observed.information = "hessian"}); and
 * the first-order (outer product of casewise scores) matrix B of the Huber–White sandwich.
 */
public final class InformationMatrices {

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private InformationMatrices() {
    }

    /** Expected information; with missing data summed over the patterns ({@link Likelihood#expectedInformation}). */
    public static double[] expected(FittedModel fm) {
        double[] info = fm.likelihood().expectedInformation(fm.theta());
        // an implied covariance that is not positive definite has no information: a singular (zero)
        // matrix, which the callers report as not invertible
        return info != null ? info : new double[fm.table().freeCount() * fm.table().freeCount()];
    }

    public static double[] observed(FittedModel fm) {
        return observed(fm.likelihood(), fm.theta());
    }

    /** Negative Hessian of ℓ at theta by central differences of the analytic gradient, symmetrised. */
    public static double[] observed(Likelihood lik, double[] theta) {
        int q = theta.length;
        double[] h = new double[q * q];
        double[] gp = new double[q];
        double[] gm = new double[q];
        double[] x = theta.clone();
        for (int l = 0; l < q; l++) {
            double step = 1e-5 * Math.max(1.0, Math.abs(theta[l]));
            x[l] = theta[l] + step;
            lik.gradient(x, gp);
            x[l] = theta[l] - step;
            lik.gradient(x, gm);
            x[l] = theta[l];
            for (int k = 0; k < q; k++) {
                h[k * q + l] = -(gp[k] - gm[k]) / (2 * step);
            }
        }
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < k; l++) {
                double v = 0.5 * (h[k * q + l] + h[l * q + k]);
                h[k * q + l] = v;
                h[l * q + k] = v;
            }
        }
        return h;
    }

    /**
     * Casewise scores {@code ∂ℓ_i/∂θ} (cases of all groups in group order × q). Without a mean
     * structure the mean is saturated at the sample mean.
     */
    public static double[][] scores(FittedModel fm) {
        Likelihood lik = fm.likelihood();
        double[] theta = fm.theta();
        int q = theta.length;
        int total = fm.totalN();
        double[][] out = new double[total][q];
        int row = 0;
        for (int g = 0; g < lik.groups(); g++) {
            ImpliedMoments mom = lik.moments(g);
            mom.compute(theta);
            mom.jacobian();
            GroupSample data = lik.sample(g);
            int p = mom.p();
            double[] sigma = mom.sigma();
            double[] mu = mom.model().meanStructure() ? mom.mu() : data.complete() ? data.mean() : fm.h1().get(g).mean();
            int[] active = mom.active();
            double[] gs = new double[p * p];
            double[] gmu = new double[p];
            for (GroupSample.Pattern pat : data.patterns()) {
                int[] o = pat.observed();
                int po = o.length;
                double[] c = new double[po * po];
                for (int i = 0; i < po; i++) {
                    for (int j = 0; j < po; j++) {
                        c[i * po + j] = sigma[o[i] * p + o[j]];
                    }
                }
                double[] inv = Dense.inverseSpd(c, po);
                double[] v = new double[po];
                for (double[] x : pat.rows()) {
                    java.util.Arrays.fill(gs, 0.0);
                    java.util.Arrays.fill(gmu, 0.0);
                    for (int i = 0; i < po; i++) {
                        double acc = 0;
                        for (int j = 0; j < po; j++) {
                            acc += inv[i * po + j] * (x[j] - mu[o[j]]);
                        }
                        v[i] = acc;
                    }
                    for (int i = 0; i < po; i++) {
                        gmu[o[i]] = v[i];
                        for (int j = 0; j < po; j++) {
                            gs[o[i] * p + o[j]] = -0.5 * (inv[i * po + j] - v[i] * v[j]);
                        }
                    }
                    double[] s = out[row++];
                    for (int k = 0; k < active.length; k++) {
                        double[] ds = mom.dSigma(k);
                        double acc = 0;
                        for (int i = 0; i < p * p; i++) {
                            acc += gs[i] * ds[i];
                        }
                        if (mom.model().meanStructure()) {
                            double[] dm = mom.dMu(k);
                            for (int i = 0; i < p; i++) {
                                acc += gmu[i] * dm[i];
                            }
                        }
                        s[active[k]] += acc;
                    }
                }
            }
        }
        return out;
    }

    /** {@code B = Σ_i s_i s_i'}. */
    public static double[] firstOrder(FittedModel fm) {
        double[][] s = scores(fm);
        int q = fm.table().freeCount();
        double[] b = new double[q * q];
        for (double[] si : s) {
            for (int k = 0; k < q; k++) {
                for (int l = 0; l < q; l++) {
                    b[k * q + l] += si[k] * si[l];
                }
            }
        }
        return b;
    }

    static double log2pi() {
        return LOG_2PI;
    }
}
