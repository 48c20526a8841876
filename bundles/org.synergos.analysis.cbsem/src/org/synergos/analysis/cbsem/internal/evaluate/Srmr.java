package org.synergos.analysis.cbsem.internal.evaluate;

import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.model.ImpliedMoments;

/**
 * Standardised root mean square residual in Bentler's definition (Bentler 1995; Hu &amp; Bentler
 * 1999), as lavaan's {@code srmr}: covariance residuals scaled by the sample standard deviations
 * {@code (s_ij - σ_ij)/√(s_ii s_jj)} over the p(p+1)/2 non-duplicated elements and, with a mean
 * structure, mean residuals {@code (m_i - μ_i)/√s_ii}; root mean square per group, groups weighted by n_g/N. The
 * "sample" moments are the H1 estimates (EM estimates under FIML).
 */
public final class Srmr {

    private Srmr() {
    }

    public static double of(FittedModel fm) {
        double total = 0;
        int ntotal = fm.totalN();
        double[] theta = fm.theta();
        for (int g = 0; g < fm.models().size(); g++) {
            ImpliedMoments mom = new ImpliedMoments(fm.models().get(g), theta.length);
            mom.compute(theta);
            int p = mom.p();
            double[] s = fm.h1().get(g).cov();
            double[] m = fm.h1().get(g).mean();
            double[] sigma = mom.sigma();
            double[] mu = mom.mu();
            double sum = 0;
            int count = 0;
            for (int i = 0; i < p; i++) {
                for (int j = 0; j <= i; j++) {
                    double r = (s[i * p + j] - sigma[i * p + j]) / Math.sqrt(s[i * p + i] * s[j * p + j]);
                    sum += r * r;
                    count++;
                }
            }
            if (fm.models().get(g).meanStructure()) {
                for (int i = 0; i < p; i++) {
                    double r = (m[i] - mu[i]) / Math.sqrt(s[i * p + i]);
                    sum += r * r;
                    count++;
                }
            }
            total += (double) fm.samples().get(g).n() / ntotal * Math.sqrt(sum / count);
        }
        return total;
    }
}
