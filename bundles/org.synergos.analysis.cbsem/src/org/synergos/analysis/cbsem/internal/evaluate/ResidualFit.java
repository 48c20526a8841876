package org.synergos.analysis.cbsem.internal.evaluate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.model.ImpliedMoments;

/**
 * Root mean square residuals, under lavaan 0.6's names, each the n_g/N-weighted mean of the group
 * values and, with a mean structure, also without the means ({@code _nomean}):
 * <ul>
 * <li>{@code rmr}: raw residuals {@code s_ij - σ_ij} (and {@code m_i - μ_i});</li>
 * <li>{@code srmr_bentler} (lavaan's {@code srmr}; Bentler 1995): residuals scaled by the sample SDs,
 * {@code (s_ij - σ_ij)/√(s_ii s_jj)};</li>
 * <li>{@code crmr} (Bollen 1989): differences of correlations, {@code r_ij - ρ_ij}, the zero diagonal not
 * counted;</li>
 * <li>{@code srmr_mplus} (Mplus): off-diagonal correlation residuals, relative variance residuals
 * {@code (s_ii - σ_ii)/s_ii}, mean residuals on each side's own SD.</li>
 * </ul>
 * Sums run over the p(p+1)/2 non-duplicated (co)variances (plus p means). The "sample" moments are the
 * H1 estimates (EM estimates under FIML), as lavaan's {@code lavResiduals}.
 */
public final class ResidualFit {

    /** lavaan leaves elements this small unscaled when it turns residuals into correlations. */
    private static final double NEAR_ZERO = 1e-5;

    private ResidualFit() {
    }

    /** rmr, rmr_nomean, srmr, srmr_bentler, srmr_bentler_nomean, crmr, crmr_nomean, srmr_mplus, srmr_mplus_nomean. */
    public static Map<String, Double> of(FittedModel fm) {
        double[] totals = new double[8];
        int ntotal = fm.totalN();
        double[] theta = fm.theta();
        for (int g = 0; g < fm.models().size(); g++) {
            ImpliedMoments mom = new ImpliedMoments(fm.models().get(g), theta.length);
            mom.compute(theta);
            double[] group = group(mom.p(), fm.h1().get(g).cov(), fm.h1().get(g).mean(), mom.sigma(), mom.mu(),
                    fm.models().get(g).meanStructure());
            double w = (double) fm.samples().get(g).n() / ntotal;
            for (int k = 0; k < totals.length; k++) {
                totals[k] += w * group[k];
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("rmr", totals[0]);
        out.put("rmr_nomean", totals[1]);
        out.put("srmr", totals[2]);
        out.put("srmr_bentler", totals[2]);
        out.put("srmr_bentler_nomean", totals[3]);
        out.put("crmr", totals[4]);
        out.put("crmr_nomean", totals[5]);
        out.put("srmr_mplus", totals[6]);
        out.put("srmr_mplus_nomean", totals[7]);
        return out;
    }

    /** {rmr, rmr_nomean, srmr, srmr_nomean, crmr, crmr_nomean, srmr_mplus, srmr_mplus_nomean} of one group. */
    static double[] group(int p, double[] s, double[] m, double[] sigma, double[] mu, boolean means) {
        double raw = 0;
        double bentler = 0;
        double bollen = 0;
        double mplusOff = 0;
        double mplusDiag = 0;
        for (int i = 0; i < p; i++) {
            double sii = s[i * p + i];
            double gii = sigma[i * p + i];
            for (int j = 0; j <= i; j++) {
                double sij = s[i * p + j];
                double gij = sigma[i * p + j];
                double sjj = s[j * p + j];
                double gjj = sigma[j * p + j];
                double r = sij - gij;
                raw += r * r;
                double b = scaled(sij, sii, sjj) - scaled(gij, sii, sjj);
                bentler += b * b;
                double c = scaled(sij, sii, sjj) - scaled(gij, gii, gjj);
                bollen += c * c;
                if (i != j) {
                    double corr = sij / Math.sqrt(sii * sjj) - gij / Math.sqrt(gii * gjj);
                    mplusOff += corr * corr;
                }
            }
            double d = (sii - gii) / sii;
            mplusDiag += d * d;
        }
        double rawMean = 0;
        double stdMean = 0;
        double mplusMean = 0;
        if (means) {
            for (int i = 0; i < p; i++) {
                double sii = s[i * p + i];
                double r = m[i] - mu[i];
                rawMean += r * r;
                double sm = scaled(m[i], sii) - scaled(mu[i], sii);
                stdMean += sm * sm;
                double mp = m[i] / Math.sqrt(sii) - mu[i] / Math.sqrt(sigma[i * p + i]);
                mplusMean += mp * mp;
            }
        }
        int pstar = p * (p + 1) / 2;
        int withMeans = pstar + (means ? p : 0);
        double rmrNomean = Math.sqrt(raw / pstar);
        double srmrNomean = Math.sqrt(bentler / pstar);
        double crmrNomean = Math.sqrt(bollen / (pstar - p));
        double mplusNomean = Math.sqrt((mplusOff + mplusDiag) / pstar);
        return new double[] {Math.sqrt((raw + rawMean) / withMeans), rmrNomean,
            Math.sqrt((bentler + stdMean) / withMeans), srmrNomean,
            Math.sqrt((bollen + stdMean) / (withMeans - p)), crmrNomean,
            Math.sqrt((mplusOff + mplusDiag + mplusMean) / withMeans), mplusNomean};
    }

    private static double scaled(double x, double vi, double vj) {
        return Math.abs(x) < NEAR_ZERO ? x : x / Math.sqrt(vi * vj);
    }

    private static double scaled(double x, double v) {
        return Math.abs(x) < NEAR_ZERO ? x : x / Math.sqrt(v);
    }
}
