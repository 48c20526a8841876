package org.synergos.analysis.cbsem.internal.evaluate;

import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.estimate.GroupSample;
import org.synergos.analysis.cbsem.internal.estimate.Likelihood;
import org.synergos.analysis.cbsem.internal.model.Dense;
import org.synergos.analysis.cbsem.internal.model.ImpliedMoments;

/**
 * What estimator MLM adds to ML, as lavaan 0.6-14 computes it (Satorra &amp; Bentler 1994): the
 * {@code robust.sem} covariance {@code A⁻¹BA⁻¹} with A the expected information and
 * {@code B = Σ_g N_g Δ'WΓWΔ}, and the scaling factor {@code c = tr(UΓ)/df} of the Satorra–Bentler statistic
 * with {@code U = W − WΔA⁻¹Δ'W}. W is the normal-theory weight of the implied moments ("structured", lavaan's
 * default h1 information), Γ the asymptotic covariance of the sample moments (lavaan's NACOV: the moments of
 * {@code z_i = (x_i, vech (x_i − x̄)(x_i − x̄)')} with divisor N, means only with a mean structure).
 *
 * <p>No vech matrices are formed: with {@code c_i = x_i − x̄}, {@code M_i = c_ic_i' − S} and Σ̂⁻¹ = W,
 * the case's row of WΔ is {@code g_ik = ½ tr(W ∂Σ_k W M_i) + ∂μ_k'Wc_i}, so {@code B = Σ_i g_ig_i'}, and
 * {@code tr(WΓ) = (1/N) Σ_i [½ tr((WM_i)²) + c_i'Wc_i]}; both are the totals the {@link YuanBentlerScaling}
 * traces take. Complete data only (MLM requires listwise deletion, as in lavaan), no fixed.x covariates.
 */
public final class SatorraBentler {

    private SatorraBentler() {
    }

    /** {@code B = Σ_g N_g Δ'WΓWΔ} (q×q, total over cases). */
    public static double[] meat(FittedModel fm) {
        int q = fm.table().freeCount();
        double[] b = new double[q * q];
        Likelihood lik = fm.likelihood();
        double[] theta = fm.theta();
        for (int g = 0; g < lik.groups(); g++) {
            Group group = new Group(lik.moments(g), lik.sample(g), theta);
            double[] gi = new double[q];
            for (double[] x : group.data.rows()) {
                java.util.Arrays.fill(gi, 0.0);
                group.addScore(x, gi);
                for (int k = 0; k < q; k++) {
                    if (gi[k] == 0.0) {
                        continue;
                    }
                    for (int l = 0; l < q; l++) {
                        b[k * q + l] += gi[k] * gi[l];
                    }
                }
            }
        }
        return b;
    }

    /**
     * The Satorra–Bentler scaling of {@code fm}.
     *
     * @param a0 expected information (total over cases)
     * @param b0 {@link #meat}
     * @param df the model's degrees of freedom
     */
    public static YuanBentlerScaling.Result scaling(FittedModel fm, double[] a0, double[] b0, int df) {
        int q = fm.table().freeCount();
        double traceH0 = q == 0 ? 0 : YuanBentlerScaling.trace(YuanBentlerScaling.solve(a0, q), b0, q);
        double traceH1 = 0;
        int moments = 0;
        Likelihood lik = fm.likelihood();
        double[] theta = fm.theta();
        for (int g = 0; g < lik.groups(); g++) {
            Group group = new Group(lik.moments(g), lik.sample(g), theta);
            double sum = 0;
            for (double[] x : group.data.rows()) {
                sum += group.quadratic(x);
            }
            traceH1 += sum / group.data.n();
            int p = group.p;
            moments += p * (p + 1) / 2 + (group.means ? p : 0);
        }
        return new YuanBentlerScaling.Result((traceH1 - traceH0) / df, traceH1, traceH0, moments);
    }

    /** One group's implied moments, Jacobian and sample moments at the estimates. */
    private static final class Group {
        final ImpliedMoments mom;
        final GroupSample data;
        final int p;
        final boolean means;
        final double[] w;
        final double[] mean;
        final double[] s;
        final double[] c;
        final double[] m;
        final double[] wm;
        final double[] wmw;

        Group(ImpliedMoments mom, GroupSample data, double[] theta) {
            this.mom = mom;
            this.data = data;
            mom.compute(theta);
            mom.jacobian();
            p = mom.p();
            means = mom.model().meanStructure();
            w = Dense.inverseSpd(mom.sigma().clone(), p);
            mean = data.mean();
            s = data.cov();
            c = new double[p];
            m = new double[p * p];
            wm = new double[p * p];
            wmw = new double[p * p];
        }

        /** c = x − x̄, M = cc' − S, WM and WMW. */
        private void centre(double[] x) {
            for (int i = 0; i < p; i++) {
                c[i] = x[i] - mean[i];
            }
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    m[i * p + j] = c[i] * c[j] - s[i * p + j];
                }
            }
            Dense.multiply(w, m, wm, p, p, p);
            Dense.multiply(wm, w, wmw, p, p, p);
        }

        /** Adds the case's row of WΔ, {@code ½ tr(∂Σ_k WMW) + ∂μ_k'Wc}, to {@code out} (global indices). */
        void addScore(double[] x, double[] out) {
            centre(x);
            double[] wc = new double[p];
            if (means) {
                for (int i = 0; i < p; i++) {
                    double acc = 0;
                    for (int j = 0; j < p; j++) {
                        acc += w[i * p + j] * c[j];
                    }
                    wc[i] = acc;
                }
            }
            int[] active = mom.active();
            for (int k = 0; k < active.length; k++) {
                double[] ds = mom.dSigma(k);
                double acc = 0;
                for (int i = 0; i < p * p; i++) {
                    acc += ds[i] * wmw[i];
                }
                acc *= 0.5;
                if (means) {
                    double[] dm = mom.dMu(k);
                    for (int i = 0; i < p; i++) {
                        acc += dm[i] * wc[i];
                    }
                }
                out[active[k]] += acc;
            }
        }

        /** {@code ½ tr((WM)²) + c'Wc}: the case's term of tr(WΓ)·N. */
        double quadratic(double[] x) {
            centre(x);
            double t = 0;
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    t += wm[i * p + j] * wm[j * p + i];
                }
            }
            t *= 0.5;
            if (means) {
                for (int i = 0; i < p; i++) {
                    for (int j = 0; j < p; j++) {
                        t += c[i] * w[i * p + j] * c[j];
                    }
                }
            }
            return t;
        }
    }
}
