package org.synergos.analysis.cbsem.internal.estimate;

import java.util.List;

import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.Parameter;
import org.synergos.analysis.cbsem.core.ParameterTable;

/**
 * Start values in the spirit of lavaan's "simple" starts, improved for loadings: residual variances
 * half the observed variance; a free loading {@code λ_j = cov(x_j, x_k) / cov(x_m, x_k)} averaged over
 * the other indicators k of the factor (m the marker; Hägglund's 1982 instrumental idea, cf. lavaan's
 * FABIN), else 1; latent variances from the marker's covariances; regressions and covariances 0;
 * intercepts the sample means; latent means 0. User start values win; shared (equal) parameters take
 * the first group's value.
 */
public final class StartValues {

    private StartValues() {
    }

    public static double[] compute(ParameterTable table, List<SaturatedEm.Moments> moments) {
        double[] theta = new double[table.freeCount()];
        boolean[] set = new boolean[theta.length];
        List<String> obs = table.observed();
        int p = obs.size();
        for (int g = 1; g <= table.groupCount(); g++) {
            double[] cov = moments.get(g - 1).cov();
            double[] mean = moments.get(g - 1).mean();
            List<Parameter> rows = table.groupRows(g);
            double[] loading = new double[table.rows().size()];
            // loadings
            for (Parameter r : rows) {
                if (r.op() != Operator.LOADING) {
                    continue;
                }
                double v = 1.0;
                String marker = marker(rows, r.lhs());
                int j = obs.indexOf(r.rhs());
                int m = marker == null ? -1 : obs.indexOf(marker);
                if (!r.isFree()) {
                    v = r.value();
                } else if (!Double.isNaN(r.value())) {
                    v = r.value();
                } else if (j >= 0 && m >= 0) {
                    double sum = 0;
                    int count = 0;
                    for (Parameter o : rows) {
                        if (o.op() == Operator.LOADING && o.lhs().equals(r.lhs())) {
                            int k = obs.indexOf(o.rhs());
                            if (k >= 0 && k != j && k != m && Math.abs(cov[m * p + k]) > 1e-12) {
                                sum += cov[j * p + k] / cov[m * p + k];
                                count++;
                            }
                        }
                    }
                    if (count > 0) {
                        v = sum / count;
                    }
                }
                loading[r.id() - 1] = v;
                assign(theta, set, r, v);
            }
            for (Parameter r : rows) {
                if (r.op() == Operator.LOADING) {
                    continue;
                }
                double v = 0.0;
                if (!Double.isNaN(r.value())) {
                    v = r.value();
                } else if (r.op() == Operator.COVARIANCE && r.lhs().equals(r.rhs())) {
                    int i = obs.indexOf(r.lhs());
                    v = i >= 0 ? 0.5 * cov[i * p + i] : latentVariance(rows, r.lhs(), obs, cov, loading);
                } else if (r.op() == Operator.INTERCEPT) {
                    int i = obs.indexOf(r.lhs());
                    v = i >= 0 ? mean[i] : 0.0;
                }
                assign(theta, set, r, v);
            }
        }
        return theta;
    }

    private static void assign(double[] theta, boolean[] set, Parameter r, double v) {
        if (r.isFree() && !set[r.free() - 1]) {
            theta[r.free() - 1] = v;
            set[r.free() - 1] = true;
        }
    }

    private static String marker(List<Parameter> rows, String latent) {
        for (Parameter r : rows) {
            if (r.op() == Operator.LOADING && r.lhs().equals(latent) && !r.isFree() && r.value() != 0) {
                return r.rhs();
            }
        }
        for (Parameter r : rows) {
            if (r.op() == Operator.LOADING && r.lhs().equals(latent)) {
                return r.rhs();
            }
        }
        return null;
    }

    private static double latentVariance(List<Parameter> rows, String latent, List<String> obs, double[] cov,
            double[] loading) {
        int p = obs.size();
        String marker = marker(rows, latent);
        int m = marker == null ? -1 : obs.indexOf(marker);
        if (m < 0) {
            return 0.05;
        }
        double lm = 1.0;
        double sum = 0;
        int count = 0;
        for (Parameter r : rows) {
            if (r.op() == Operator.LOADING && r.lhs().equals(latent)) {
                int j = obs.indexOf(r.rhs());
                if (j == m) {
                    lm = loading[r.id() - 1];
                }
            }
        }
        for (Parameter r : rows) {
            if (r.op() == Operator.LOADING && r.lhs().equals(latent)) {
                int j = obs.indexOf(r.rhs());
                double lj = loading[r.id() - 1];
                if (j >= 0 && j != m && Math.abs(lj * lm) > 1e-8) {
                    sum += cov[m * p + j] / (lm * lj);
                    count++;
                }
            }
        }
        double v = count > 0 ? sum / count : 0.5 * cov[m * p + m];
        return Math.max(v, 0.05);
    }
}
