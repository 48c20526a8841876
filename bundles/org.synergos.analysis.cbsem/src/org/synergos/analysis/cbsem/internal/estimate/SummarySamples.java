package org.synergos.analysis.cbsem.internal.estimate;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.cbsem.core.Estimator;
import org.synergos.analysis.cbsem.core.MissingData;
import org.synergos.analysis.cbsem.core.SemException;
import org.synergos.analysis.cbsem.core.SemOptions;
import org.synergos.analysis.cbsem.core.SummaryData;

/**
 * Group samples from summary statistics, as lavaan fits {@code sample.cov} / {@code sample.nobs} /
 * {@code sample.mean}: the covariance is taken as unbiased and rescaled by (n − 1)/n to the ML moments
 * ({@code sample.cov.rescale = TRUE}). What needs raw cases is refused by name.
 */
public final class SummarySamples {

    /** A pivot of the correlation-scaled Cholesky factor below this means the matrix is (near) singular. */
    private static final double PIVOT_TOLERANCE = 1e-10;

    private SummarySamples() {
    }

    /** Refuses the options that need raw cases, naming them. */
    public static void refuseRawDataOptions(SemOptions options, boolean meanStructure, SummaryData data) {
        if (options.missing() == MissingData.FIML) {
            throw new SemException("missing = fiml needs the raw data: a covariance matrix has no missing values to"
                    + " model (as in lavaan)");
        }
        if (options.estimator() != Estimator.ML) {
            throw new SemException("estimator " + options.estimator() + " needs the raw data (its robust standard"
                    + " errors and scaled test use the cases' fourth moments); from a matrix, use ML (as in lavaan)");
        }
        if (options.bootstrapDraws() > 0) {
            throw new SemException("bootstrap standard errors need the raw data to resample; from a matrix, use"
                    + " analytic standard errors (bootstrap = 0)");
        }
        if (meanStructure && !data.hasMeans()) {
            throw new SemException("the model has a mean structure (intercepts, several groups with equal"
                    + " intercepts, or meanstructure set), but the summary data give no means for "
                    + (data.groups().size() == 1 ? "the sample" : "every group") + "; add MEAN rows to the matrix file");
        }
    }

    /** One sample per group, restricted to and ordered as the model's observed variables. */
    public static List<GroupSample> build(SummaryData data, List<String> observed, List<String> groupLabels) {
        int[] index = new int[observed.size()];
        List<String> absent = new ArrayList<>();
        for (int j = 0; j < index.length; j++) {
            index[j] = data.names().indexOf(observed.get(j));
            if (index[j] < 0) {
                absent.add("'" + observed.get(j) + "'");
            }
        }
        if (!absent.isEmpty()) {
            throw new SemException("the summary data have no " + String.join(", ", absent) + " (variables: "
                    + String.join(", ", data.names()) + ")");
        }
        int p = index.length;
        List<GroupSample> out = new ArrayList<>();
        for (String label : groupLabels) {
            SummaryData.Group group = data.groups().stream().filter(g -> g.label().equals(label)).findFirst()
                    .orElseThrow(() -> new SemException("the summary data have no group '" + label + "'"));
            if (group.n() <= p) {
                throw new SemException(where(group) + " has n = " + group.n() + " cases for " + p
                        + " observed variables: too few to estimate a covariance matrix");
            }
            double[][] s = group.covariance();
            double[] means = group.means();
            double rescale = (group.n() - 1.0) / group.n();
            double[] cov = new double[p * p];
            double[] mean = new double[p];
            for (int i = 0; i < p; i++) {
                mean[i] = means == null ? 0 : means[index[i]];
                for (int j = 0; j < p; j++) {
                    cov[i * p + j] = s[index[i]][index[j]] * rescale;
                }
            }
            refuseIfNotPositiveDefinite(cov, observed, group);
            out.add(GroupSample.ofMoments(group.n(), mean, cov));
        }
        return out;
    }

    /**
     * lavaan refuses a sample covariance that is not positive definite; the Cholesky factor of the
     * correlation-scaled matrix tells which variable is (nearly) a combination of those before it.
     */
    private static void refuseIfNotPositiveDefinite(double[] cov, List<String> names, SummaryData.Group group) {
        int p = names.size();
        double[] r = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                r[i * p + j] = cov[i * p + j] / Math.sqrt(cov[i * p + i] * cov[j * p + j]);
            }
        }
        for (int j = 0; j < p; j++) {
            double d = r[j * p + j];
            for (int k = 0; k < j; k++) {
                d -= r[j * p + k] * r[j * p + k];
            }
            if (!(d > PIVOT_TOLERANCE)) {
                throw new SemException("the covariance matrix of " + where(group) + " is not positive definite: '"
                        + names.get(j) + "' is " + (j == 0 ? "constant" : "(almost) a linear combination of "
                                + String.join(", ", names.subList(0, j)))
                        + " (lavaan refuses such a sample covariance too)");
            }
            d = Math.sqrt(d);
            r[j * p + j] = d;
            for (int i = j + 1; i < p; i++) {
                double v = r[i * p + j];
                for (int k = 0; k < j; k++) {
                    v -= r[i * p + k] * r[j * p + k];
                }
                r[i * p + j] = v / d;
            }
        }
    }

    private static String where(SummaryData.Group group) {
        return group.label().isEmpty() ? "the sample" : "group '" + group.label() + "'";
    }
}
