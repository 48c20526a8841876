package org.synergos.analysis.cbsem.internal.estimate;

import java.util.List;

import org.synergos.analysis.cbsem.internal.model.Dense;
import org.synergos.analysis.cbsem.internal.model.ImpliedMoments;
import org.synergos.analysis.cbsem.internal.model.RamModel;

/**
 * Normal-theory log-likelihood of a (multi-group) SEM, its analytic gradient and the expected
 * information. Complete data use the sufficient statistics {@code ℓ = -n/2 [p log 2π + log|Σ| +
 * tr(SΣ⁻¹) + (m-μ)'Σ⁻¹(m-μ)]} (Jöreskog 1969; Bollen 1989, eq. 4.67, N divisor as lavaan's
 * {@code likelihood = "normal"}); incomplete data the casewise (FIML) likelihood summed over missing-data
 * patterns (Arbuckle 1996). The gradient is {@code ∂ℓ/∂θ_k = tr(G ∂Σ/∂θ_k) + g_μ'∂μ/∂θ_k} with {@code
 * G = -n/2 [Σ⁻¹ - Σ⁻¹(S+dd')Σ⁻¹]}, {@code g_μ = nΣ⁻¹d}; the gradient alone is contracted without the
 * Jacobian ({@link ImpliedMoments#addGradient}). A mutable workspace that allocates nothing per
 * evaluation; one per thread.
 */
public final class Likelihood {

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final Term[] terms;
    private final int q;

    /** One workspace per group. */
    public Likelihood(List<RamModel> models, List<GroupSample> samples, int freeCount, boolean fiml) {
        q = freeCount;
        terms = new Term[models.size()];
        for (int g = 0; g < terms.length; g++) {
            terms[g] = new Term(new ImpliedMoments(models.get(g), freeCount), samples.get(g),
                    fiml && !samples.get(g).complete());
        }
    }

    public int freeCount() {
        return q;
    }

    public int groups() {
        return terms.length;
    }

    public ImpliedMoments moments(int g) {
        return terms[g].mom;
    }

    public GroupSample sample(int g) {
        return terms[g].data;
    }

    /** Log-likelihood at theta, {@code NaN} when some implied covariance is not positive definite. */
    public double logLik(double[] theta) {
        double ll = 0;
        for (Term t : terms) {
            if (!t.mom.compute(theta)) {
                return Double.NaN;
            }
            double v = t.logLik(false, false);
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            ll += v;
        }
        return ll;
    }

    /**
     * Log-likelihood and gradient at theta ({@code grad} receives ∂ℓ/∂θ); when {@code info} is not
     * null it receives the expected (Fisher) information (q×q, total over cases, complete-data form).
     */
    public double evaluate(double[] theta, double[] grad, double[] info) {
        java.util.Arrays.fill(grad, 0.0);
        if (info != null) {
            java.util.Arrays.fill(info, 0.0);
        }
        double ll = 0;
        for (Term t : terms) {
            if (!t.mom.compute(theta)) {
                return Double.NaN;
            }
            double v = t.logLik(true, info != null);
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            ll += v;
            t.mom.addGradient(t.gSigma, t.gMu, grad);
            if (info != null) {
                t.mom.addExpectedInformation(t.inv, t.data.n(), info, q);
            }
        }
        return ll;
    }

    /**
     * Expected information at theta (q×q, total over cases), or null when some implied covariance is
     * not positive definite. Complete data: {@code n [½ tr(WΣ_kWΣ_l) + μ_k'Wμ_l]} with W = Σ⁻¹. With
     * missing data (FIML) the expected information of the observed-data likelihood at the implied
     * moments: the same sum over missing-data patterns, W the inverse of the pattern's observed block
     * padded with zeros (lavaan's "structured" expected information for {@code missing = "ml"}), not
     * the complete-data form that {@link #evaluate} gives the optimiser.
     */
    public double[] expectedInformation(double[] theta) {
        double[] info = new double[q * q];
        for (Term t : terms) {
            if (!t.mom.compute(theta) || !t.addExpectedInformation(info, q)) {
                return null;
            }
        }
        return info;
    }

    /** Gradient only (the returned value is the log-likelihood). */
    public double gradient(double[] theta, double[] grad) {
        return evaluate(theta, grad, null);
    }

    /** Per-group workspace. */
    private static final class Term {
        final ImpliedMoments mom;
        final GroupSample data;
        final boolean fiml;
        final int p;
        final double[] chol;
        final double[] inv;
        final double[] work;
        final double[] w;
        final double[] gSigma;
        final double[] gMu;
        final double[] d;
        final double[] invD;
        final double[] cross;
        final PatternWork[] patternWork;

        Term(ImpliedMoments mom, GroupSample data, boolean fiml) {
            this.mom = mom;
            this.data = data;
            this.fiml = fiml;
            p = mom.p();
            chol = new double[p * p];
            inv = new double[p * p];
            work = new double[p * p];
            w = new double[p * p];
            gSigma = new double[p * p];
            gMu = new double[p];
            d = new double[p];
            invD = new double[p];
            cross = new double[p * p];
            patternWork = new PatternWork[fiml ? data.patterns().size() : 0];
            for (int i = 0; i < patternWork.length; i++) {
                patternWork[i] = new PatternWork(data.patterns().get(i).observed().length);
            }
        }

        /** Adds the expected information at the moments of the last compute; false if not positive definite. */
        boolean addExpectedInformation(double[] info, int q) {
            double[] sigma = mom.sigma();
            if (!fiml) {
                System.arraycopy(sigma, 0, chol, 0, p * p);
                if (!Dense.cholesky(chol, p)) {
                    return false;
                }
                Dense.inverseFromCholesky(chol, p, inv, work);
                mom.addExpectedInformation(inv, data.n(), info, q);
                return true;
            }
            java.util.List<GroupSample.Pattern> patterns = data.patterns();
            for (int pi = 0; pi < patterns.size(); pi++) {
                PatternWork pw = patternWork[pi];
                int[] o = patterns.get(pi).observed();
                int po = o.length;
                for (int i = 0; i < po; i++) {
                    for (int j = 0; j < po; j++) {
                        pw.chol[i * po + j] = sigma[o[i] * p + o[j]];
                    }
                }
                if (!Dense.cholesky(pw.chol, po)) {
                    return false;
                }
                Dense.inverseFromCholesky(pw.chol, po, pw.inv, pw.work);
                java.util.Arrays.fill(w, 0.0);
                for (int i = 0; i < po; i++) {
                    for (int j = 0; j < po; j++) {
                        w[o[i] * p + o[j]] = pw.inv[i * po + j];
                    }
                }
                mom.addExpectedInformation(w, patterns.get(pi).n(), info, q);
            }
            return true;
        }

        /**
         * Log-likelihood; when {@code withGradient}, also G (gSigma) and g_μ (gMu); with
         * {@code withInverse} also Σ⁻¹ (for the expected information).
         */
        double logLik(boolean withGradient, boolean withInverse) {
            return fiml ? fimlLogLik(withGradient, withInverse) : completeLogLik(withGradient);
        }

        private double completeLogLik(boolean withGradient) {
            double[] sigma = mom.sigma();
            System.arraycopy(sigma, 0, chol, 0, p * p);
            if (!Dense.cholesky(chol, p)) {
                return Double.NaN;
            }
            double logDet = Dense.logDetFromCholesky(chol, p);
            Dense.inverseFromCholesky(chol, p, inv, work);
            double[] s = data.cov();
            int n = data.n();
            boolean means = mom.model().meanStructure();
            double[] mu = mom.mu();
            double[] mean = data.mean();
            for (int i = 0; i < p; i++) {
                d[i] = means ? mean[i] - mu[i] : 0.0;
            }
            double tr = Dense.dotMatrices(s, inv, p);
            Dense.multiplyVector(inv, d, invD, p, p);
            double quad = 0;
            for (int i = 0; i < p; i++) {
                quad += d[i] * invD[i];
                gMu[i] = n * invD[i];
            }
            if (withGradient) {
                // G = -n/2 (Σ⁻¹ - Σ⁻¹(S + dd')Σ⁻¹)
                for (int i = 0; i < p; i++) {
                    for (int j = 0; j < p; j++) {
                        cross[i * p + j] = s[i * p + j] + d[i] * d[j];
                    }
                }
                Dense.multiply(inv, cross, work, p, p, p);
                Dense.multiplyTransposedSymmetric(work, inv, gSigma, p, p);
                double half = -0.5 * n;
                for (int i = 0; i < p * p; i++) {
                    gSigma[i] = half * (inv[i] - gSigma[i]);
                }
            }
            return -0.5 * n * (p * LOG_2PI + logDet + tr + quad);
        }

        private double fimlLogLik(boolean withGradient, boolean withInverse) {
            double[] sigma = mom.sigma();
            double[] mu = mom.mu();
            if (withGradient) {
                java.util.Arrays.fill(gSigma, 0.0);
                java.util.Arrays.fill(gMu, 0.0);
            }
            double ll = 0;
            java.util.List<GroupSample.Pattern> patterns = data.patterns();
            for (int pi = 0; pi < patterns.size(); pi++) {
                GroupSample.Pattern pat = patterns.get(pi);
                PatternWork pw = patternWork[pi];
                int[] o = pat.observed();
                int po = o.length;
                double[] c = pw.chol;
                for (int i = 0; i < po; i++) {
                    for (int j = 0; j < po; j++) {
                        c[i * po + j] = sigma[o[i] * p + o[j]];
                    }
                }
                if (!Dense.cholesky(c, po)) {
                    return Double.NaN;
                }
                double logDet = Dense.logDetFromCholesky(c, po);
                double[] ci = pw.inv;
                Dense.inverseFromCholesky(c, po, ci, pw.work);
                double[] dd = pw.d;
                for (int i = 0; i < po; i++) {
                    dd[i] = pat.mean()[i] - mu[o[i]];
                }
                double[] sc = pat.cov();
                double tr = 0;
                double[] cid = pw.invD;
                for (int i = 0; i < po; i++) {
                    double acc = 0;
                    for (int j = 0; j < po; j++) {
                        tr += (sc[i * po + j] + dd[i] * dd[j]) * ci[j * po + i];
                        acc += ci[i * po + j] * dd[j];
                    }
                    cid[i] = acc;
                }
                int n = pat.n();
                ll += -0.5 * n * (po * LOG_2PI + logDet + tr);
                if (withGradient) {
                    double[] tmp = pw.work;
                    for (int i = 0; i < po; i++) {
                        for (int j = 0; j < po; j++) {
                            double acc = 0;
                            for (int k = 0; k < po; k++) {
                                acc += ci[i * po + k] * (sc[k * po + j] + dd[k] * dd[j]);
                            }
                            tmp[i * po + j] = acc;
                        }
                    }
                    for (int i = 0; i < po; i++) {
                        for (int j = 0; j < po; j++) {
                            double acc = 0;
                            for (int k = 0; k < po; k++) {
                                acc += tmp[i * po + k] * ci[k * po + j];
                            }
                            gSigma[o[i] * p + o[j]] += -0.5 * n * (ci[i * po + j] - acc);
                        }
                        gMu[o[i]] += n * cid[i];
                    }
                }
            }
            if (withInverse) {
                // Σ⁻¹ of the full matrix for the expected-information approximation
                System.arraycopy(sigma, 0, chol, 0, p * p);
                if (!Dense.cholesky(chol, p)) {
                    return Double.NaN;
                }
                Dense.inverseFromCholesky(chol, p, inv, work);
            }
            return ll;
        }
    }

    /** Preallocated work arrays of one missing-data pattern (po observed variables). */
    private static final class PatternWork {
        final double[] chol;
        final double[] inv;
        final double[] work;
        final double[] d;
        final double[] invD;

        PatternWork(int po) {
            chol = new double[po * po];
            inv = new double[po * po];
            work = new double[po * po];
            d = new double[po];
            invD = new double[po];
        }
    }
}
