package org.synergos.analysis.cbsem.internal.evaluate;

import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.estimate.GroupSample;
import org.synergos.analysis.cbsem.internal.estimate.SaturatedEm;
import org.synergos.analysis.cbsem.internal.model.Dense;
import org.synergos.analysis.cbsem.internal.model.ImpliedMoments;
import org.synergos.analysis.cbsem.internal.model.RamModel;

/**
 * The "FIML-corrected" statistics behind the robust CFI, TLI and RMSEA with missing data (Zhang &amp;
 * Savalei 2023; lavaan 0.6-13 and later): the model is evaluated, at its FIML estimates, against the
 * EM-estimated saturated moments as if they were complete-data sample moments ({@code X²₃}, a
 * complete-data likelihood-ratio statistic), and {@code X²₃} is rescaled by {@code ĉ₃ = k/df} with
 * {@code U = A₁ - A₁Δ I⁻¹Δ'A₁} and either {@code k = tr(U A₁⁻¹W_cA₁⁻¹ U Γ)}, {@code Γ = A₁⁻¹B₁A₁⁻¹}
 * (with robust standard errors, MLR) or {@code k = tr(A₁⁻¹W_cA₁⁻¹ U)} (normal theory, ML). A₁ and
 * B₁ are the observed and first-order information of the missing-data saturated model at the EM
 * moments, W_c the complete-data saturated information at the same moments, Δ the derivatives of
 * (μ, vech Σ) of the model and {@code I = Δ'A₁Δ} its information from A₁ ("h1" observed information;
 * all totals over cases, block-diagonal over groups). With expected information I is {@code Δ'E₁Δ},
 * E₁ the expected missing-data saturated information at the EM moments, as lavaan's
 * {@code inverted.information} with "unstructured" H1 information.
 */
final class FimlCorrection {

    /**
     * @param x2 X²₃ of the model
     * @param c ĉ₃ of the model
     * @param x2Null X²₃ of the baseline model
     * @param cNull ĉ₃ of the baseline model
     */
    record Result(double x2, double c, double x2Null, double cNull) {
    }

    private FimlCorrection() {
    }

    /**
     * @param fm the model fitted by FIML
     * @param base the baseline fitted by FIML
     * @param sandwich whether Γ enters (robust standard errors)
     * @param expected whether the model's information is the expected one (else observed)
     */
    static Result compute(FittedModel fm, int df, FittedModel base, int dfB, boolean sandwich, boolean expected) {
        H1 h1 = new H1(fm, expected);
        double x2 = h1.completeDataChiSquare(fm);
        double c = h1.k(fm, sandwich) / df;
        double x2Null = h1.completeDataChiSquare(base);
        double cNull = h1.k(base, sandwich) / dfB;
        return new Result(x2, c, x2Null, cNull);
    }

    /** The saturated-model matrices, block-diagonal over groups. */
    private static final class H1 {
        final int dim;
        final int[] offset;
        final double[] a1Inv;
        final double[] m;
        final double[] gamma;
        final double[] a1;
        /** the saturated information behind the model's information I = Δ'·Δ: A₁, or E₁ when expected */
        final double[] infoH1;
        final List<SaturatedEm.Moments> moments;
        final List<GroupSample> samples;

        H1(FittedModel fm, boolean expected) {
            samples = fm.samples();
            moments = fm.h1();
            int groups = samples.size();
            offset = new int[groups + 1];
            SaturatedInformation[] sat = new SaturatedInformation[groups];
            for (int g = 0; g < groups; g++) {
                sat[g] = new SaturatedInformation(samples.get(g).p(), fm.models().get(g).meanStructure());
                offset[g + 1] = offset[g] + sat[g].dim();
            }
            dim = offset[groups];
            a1 = new double[dim * dim];
            a1Inv = new double[dim * dim];
            double[] wc = new double[dim * dim];
            double[] b1 = new double[dim * dim];
            double[] e1 = expected ? new double[dim * dim] : null;
            boolean[][] fixedX = new boolean[groups][];
            for (int g = 0; g < groups; g++) {
                SaturatedEm.Moments h = moments.get(g);
                GroupSample data = samples.get(g);
                int d = sat[g].dim();
                // fixed.x moments: zero rows and columns, kept out of the inverse (as lavaan)
                boolean[] fixed = FixedXMoments.of(sat[g], fm.table(), fm.models().get(g).meanStructure());
                fixedX[g] = fixed;
                place(a1, FixedXMoments.zeroed(sat[g].observed(data, h.mean(), h.cov()), d, fixed), offset[g], d);
                place(b1, FixedXMoments.zeroed(sat[g].firstOrder(data, h.mean(), h.cov()), d, fixed), offset[g], d);
                place(wc, FixedXMoments.zeroed(sat[g].completeAtOptimum(h.cov(), data.n()), d, fixed), offset[g], d);
                if (expected) {
                    place(e1, FixedXMoments.zeroed(sat[g].expected(data, h.cov()), d, fixed), offset[g], d);
                }
            }
            infoH1 = expected ? e1 : a1;
            for (int g = 0; g < groups; g++) {
                int d = offset[g + 1] - offset[g];
                boolean[] fixed = fixedX[g];
                double[] block = new double[d * d];
                for (int i = 0; i < d; i++) {
                    System.arraycopy(a1, (offset[g] + i) * dim + offset[g], block, i * d, d);
                }
                place(a1Inv, FixedXMoments.inverseOmitting(block, d, fixed, FimlCorrection::inverse), offset[g], d);
            }
            m = SaturatedInformation.multiply(SaturatedInformation.multiply(a1Inv, wc, dim), a1Inv, dim);
            gamma = SaturatedInformation.multiply(SaturatedInformation.multiply(a1Inv, b1, dim), a1Inv, dim);
        }

        /** Complete-data LR statistic of a fitted model against the EM moments taken as sample moments. */
        double completeDataChiSquare(FittedModel f) {
            double x2 = 0;
            double[] theta = f.theta();
            for (int g = 0; g < samples.size(); g++) {
                RamModel model = f.models().get(g);
                ImpliedMoments mom = new ImpliedMoments(model, f.table().freeCount());
                mom.compute(theta);
                int p = mom.p();
                double[] s = moments.get(g).cov();
                double[] mean = moments.get(g).mean();
                double[] sigma = mom.sigma();
                double[] l = sigma.clone();
                Dense.cholesky(l, p);
                double[] w = Dense.inverseSpd(sigma, p);
                double[] ls = s.clone();
                Dense.cholesky(ls, p);
                double tr = 0;
                double quad = 0;
                for (int i = 0; i < p; i++) {
                    double di = model.meanStructure() ? mean[i] - mom.mu()[i] : 0.0;
                    for (int j = 0; j < p; j++) {
                        double dj = model.meanStructure() ? mean[j] - mom.mu()[j] : 0.0;
                        tr += s[i * p + j] * w[j * p + i];
                        quad += di * w[i * p + j] * dj;
                    }
                }
                x2 += samples.get(g).n() * (Dense.logDetFromCholesky(l, p) + tr + quad
                        - Dense.logDetFromCholesky(ls, p) - p);
            }
            return x2;
        }

        /** k of the fitted model f. */
        double k(FittedModel f, boolean sandwich) {
            int q = f.table().freeCount();
            double[] delta = new double[dim * q];
            double[] theta = f.theta();
            for (int g = 0; g < samples.size(); g++) {
                RamModel model = f.models().get(g);
                ImpliedMoments mom = new ImpliedMoments(model, q);
                mom.compute(theta);
                mom.jacobian();
                int p = mom.p();
                SaturatedInformation sat = new SaturatedInformation(p, model.meanStructure());
                int[] active = mom.active();
                for (int k = 0; k < active.length; k++) {
                    int col = active[k];
                    if (model.meanStructure()) {
                        double[] dm = mom.dMu(k);
                        for (int i = 0; i < p; i++) {
                            delta[(offset[g] + i) * q + col] += dm[i];
                        }
                    }
                    double[] ds = mom.dSigma(k);
                    for (int i = 0; i < p; i++) {
                        for (int j = i; j < p; j++) {
                            delta[(offset[g] + sat.sigmaIndex(i, j)) * q + col] += ds[i * p + j];
                        }
                    }
                }
            }
            // U = A₁ - P I⁻¹ P', P = A₁Δ
            double[] pm = new double[dim * q];
            for (int i = 0; i < dim; i++) {
                for (int l = 0; l < dim; l++) {
                    double v = a1[i * dim + l];
                    if (v != 0.0) {
                        for (int c = 0; c < q; c++) {
                            pm[i * q + c] += v * delta[l * q + c];
                        }
                    }
                }
            }
            // the information in U is the model's "h1" information Δ'A₁Δ (or Δ'E₁Δ; unstructured)
            double[] pInfo = pm;
            if (infoH1 != a1) {
                pInfo = new double[dim * q];
                for (int i = 0; i < dim; i++) {
                    for (int l = 0; l < dim; l++) {
                        double v = infoH1[i * dim + l];
                        if (v != 0.0) {
                            for (int c = 0; c < q; c++) {
                                pInfo[i * q + c] += v * delta[l * q + c];
                            }
                        }
                    }
                }
            }
            double[] info = new double[q * q];
            for (int r = 0; r < dim; r++) {
                for (int a = 0; a < q; a++) {
                    double v = delta[r * q + a];
                    if (v != 0.0) {
                        for (int c = 0; c < q; c++) {
                            info[a * q + c] += v * pInfo[r * q + c];
                        }
                    }
                }
            }
            double[] infoInv = inverse(info, q);
            double[] pi = new double[dim * q];
            for (int i = 0; i < dim; i++) {
                for (int l = 0; l < q; l++) {
                    double v = pm[i * q + l];
                    for (int c = 0; c < q; c++) {
                        pi[i * q + c] += v * infoInv[l * q + c];
                    }
                }
            }
            double[] u = a1.clone();
            for (int i = 0; i < dim; i++) {
                for (int j = 0; j < dim; j++) {
                    double acc = 0;
                    for (int c = 0; c < q; c++) {
                        acc += pi[i * q + c] * pm[j * q + c];
                    }
                    u[i * dim + j] -= acc;
                }
            }
            if (!sandwich) {
                return trace(m, u, dim);
            }
            double[] um = SaturatedInformation.multiply(u, m, dim);
            double[] ug = SaturatedInformation.multiply(u, gamma, dim);
            return trace(um, ug, dim);
        }
    }

    private static void place(double[] target, double[] block, int offset, int d) {
        int dim = (int) Math.round(Math.sqrt(target.length));
        for (int i = 0; i < d; i++) {
            System.arraycopy(block, i * d, target, (offset + i) * dim + offset, d);
        }
    }

    private static double[] inverse(double[] a, int n) {
        double[] spd = Dense.inverseSpd(a, n);
        if (spd != null) {
            return spd;
        }
        return Dense.flatten(new LUDecomposition(new Array2DRowRealMatrix(Dense.unflatten(a, n), false)).getSolver()
                .getInverse().getData());
    }

    /** tr(XY) of n×n matrices. */
    private static double trace(double[] x, double[] y, int n) {
        double t = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t += x[i * n + j] * y[j * n + i];
            }
        }
        return t;
    }
}
