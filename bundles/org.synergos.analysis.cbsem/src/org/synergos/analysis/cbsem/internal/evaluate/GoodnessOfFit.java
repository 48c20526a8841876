package org.synergos.analysis.cbsem.internal.evaluate;

import java.util.List;

import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.Parameter;
import org.synergos.analysis.cbsem.core.ParameterTable;
import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.estimate.GroupSample;
import org.synergos.analysis.cbsem.internal.model.Dense;
import org.synergos.analysis.cbsem.internal.model.ImpliedMoments;

/**
 * GFI, AGFI and PGFI (Jöreskog &amp; Sörbom 1984; Mulaik et al. 1989) as lavaan 0.6 computes them for ML:
 * {@code GFI = 1 - e'We / s'Ws} with s the sample statistics (means with a mean structure, then the
 * non-duplicated covariances), e = s minus their implied values, and W the normal-theory information of
 * the saturated model at the implied moments ({@code Σ⁻¹} for the means, {@code ½D'(Σ⁻¹⊗Σ⁻¹)D} for the
 * covariances); with missing data W sums that over the missing-data patterns, and s are the
 * available-case means and pairwise covariances rescaled by (N-1)/N, lavaan's {@code WLS.obs}. Elements
 * among fixed.x covariates get zero weight. Groups are weighted by n_g/N;
 * {@code AGFI = 1 - (k/df)(1 - GFI)}, {@code PGFI = (df/k) GFI} with k the number of sample statistics.
 */
public final class GoodnessOfFit {

    public record Result(double gfi, double agfi, double pgfi) {
    }

    private GoodnessOfFit() {
    }

    public static Result of(FittedModel fm, int df) {
        double[] theta = fm.theta();
        boolean[] fixedX = fixedX(fm.table());
        double gfi = 0;
        int statistics = 0;
        int ntotal = fm.totalN();
        for (int g = 0; g < fm.models().size(); g++) {
            ImpliedMoments mom = new ImpliedMoments(fm.models().get(g), theta.length);
            mom.compute(theta);
            boolean means = fm.models().get(g).meanStructure();
            int p = mom.p();
            GroupSample sample = fm.samples().get(g);
            double[][] obs = sample.complete() ? new double[][] {sample.mean(), sample.cov()} : pairwise(sample);
            double[] meanResidual = new double[p];
            double[] covResidual = new double[p * p];
            double[] obsMean = obs[0].clone();
            double[] obsCov = obs[1].clone();
            for (int i = 0; i < p; i++) {
                meanResidual[i] = obsMean[i] - mom.mu()[i];
                for (int j = 0; j < p; j++) {
                    covResidual[i * p + j] = obsCov[i * p + j] - mom.sigma()[i * p + j];
                    if (fixedX[i] && fixedX[j]) {
                        covResidual[i * p + j] = 0;
                        obsCov[i * p + j] = 0;
                    }
                }
                if (fixedX[i]) {
                    meanResidual[i] = 0;
                    obsMean[i] = 0;
                }
            }
            double misfit = 0;
            double total = 0;
            for (GroupSample.Pattern pattern : sample.patterns()) {
                int[] o = pattern.observed();
                double[] w = Dense.inverseSpd(sub(mom.sigma(), p, o), o.length);
                if (w == null) {
                    return new Result(Double.NaN, Double.NaN, Double.NaN); // implied Σ not positive definite
                }
                misfit += pattern.n() * weighted(w, sub(covResidual, p, o), means ? sub(meanResidual, o) : null, o.length);
                total += pattern.n() * weighted(w, sub(obsCov, p, o), means ? sub(obsMean, o) : null, o.length);
            }
            gfi += (double) sample.n() / ntotal * (1 - misfit / total);
            statistics += p * (p + 1) / 2 + (means ? p : 0);
        }
        double agfi = df > 0 ? 1 - ((double) statistics / df) * (1 - gfi) : 1.0;
        return new Result(gfi, agfi, statistics == 0 ? Double.NaN : (double) df / statistics * gfi);
    }

    /** {@code d'W d + ½ tr(W R W R)} for a mean vector d (or null) and a symmetric matrix R. */
    private static double weighted(double[] w, double[] r, double[] d, int n) {
        double[] wr = new double[n * n];
        Dense.multiply(w, r, wr, n, n, n);
        double q = 0.5 * Dense.dotMatrices(wr, transpose(wr, n), n);
        if (d != null) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    q += d[i] * w[i * n + j] * d[j];
                }
            }
        }
        return q;
    }

    private static double[] transpose(double[] a, int n) {
        double[] t = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t[j * n + i] = a[i * n + j];
            }
        }
        return t;
    }

    /** lavaan's sample statistics with missing data: available-case means, pairwise covariances · (N-1)/N. */
    static double[][] pairwise(GroupSample sample) {
        int p = sample.p();
        double[][] rows = sample.rows();
        int n = rows.length;
        double[] mean = new double[p];
        double[] cov = new double[p * p];
        for (int i = 0; i < p; i++) {
            double sum = 0;
            int count = 0;
            for (double[] r : rows) {
                if (!Double.isNaN(r[i])) {
                    sum += r[i];
                    count++;
                }
            }
            mean[i] = sum / count;
            for (int j = 0; j <= i; j++) {
                double si = 0;
                double sj = 0;
                int nij = 0;
                for (double[] r : rows) {
                    if (!Double.isNaN(r[i]) && !Double.isNaN(r[j])) {
                        si += r[i];
                        sj += r[j];
                        nij++;
                    }
                }
                double mi = si / nij;
                double mj = sj / nij;
                double cross = 0;
                for (double[] r : rows) {
                    if (!Double.isNaN(r[i]) && !Double.isNaN(r[j])) {
                        cross += (r[i] - mi) * (r[j] - mj);
                    }
                }
                double c = cross / (nij - 1) * (n - 1) / n;
                cov[i * p + j] = c;
                cov[j * p + i] = c;
            }
        }
        return new double[][] {mean, cov};
    }

    /** Observed variables whose moments are fixed.x sample values (fixed variance row without a value). */
    private static boolean[] fixedX(ParameterTable table) {
        List<String> observed = table.observed();
        boolean[] out = new boolean[observed.size()];
        for (Parameter r : table.groupRows(1)) {
            if (r.op() == Operator.COVARIANCE && r.lhs().equals(r.rhs()) && !r.isFree() && Double.isNaN(r.value())
                    && observed.contains(r.lhs())) {
                out[observed.indexOf(r.lhs())] = true;
            }
        }
        return out;
    }

    private static double[] sub(double[] m, int p, int[] idx) {
        int k = idx.length;
        double[] out = new double[k * k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                out[a * k + b] = m[idx[a] * p + idx[b]];
            }
        }
        return out;
    }

    private static double[] sub(double[] v, int[] idx) {
        double[] out = new double[idx.length];
        for (int a = 0; a < idx.length; a++) {
            out[a] = v[idx[a]];
        }
        return out;
    }
}
