package org.synergos.analysis.cbsem.internal.evaluate;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.Parameter;
import org.synergos.analysis.cbsem.core.ParameterTable;
import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.estimate.GroupSample;
import org.synergos.analysis.cbsem.internal.estimate.SaturatedEm;

/**
 * The log-likelihood of the fixed.x covariates alone, at their own saturated moments. With
 * {@code fixed.x = TRUE} lavaan reports the log-likelihoods (and so AIC and BIC) conditional on those
 * covariates: the joint likelihood the estimator maximises, less this part. It is the same in the model
 * and in the saturated model, so χ² does not change.
 */
final class ExogenousLikelihood {

    private ExogenousLikelihood() {
    }

    /** Indices (in the table's observed variables) of the fixed.x covariates. */
    static List<Integer> covariates(ParameterTable table) {
        List<Integer> columns = new ArrayList<>();
        for (Parameter p : table.groupRows(1)) {
            // a fixed.x covariate's variance: a fixed row whose value the estimator takes from the sample
            if (p.op() == Operator.COVARIANCE && p.lhs().equals(p.rhs()) && !p.isFree() && Double.isNaN(p.value())) {
                columns.add(table.observed().indexOf(p.lhs()));
            }
        }
        return columns;
    }

    /** Summed over groups; 0 when the model has no fixed.x covariate. */
    static double of(FittedModel fm) {
        List<Integer> columns = covariates(fm.table());
        if (columns.isEmpty()) {
            return 0;
        }
        double ll = 0;
        for (GroupSample sample : fm.samples()) {
            GroupSample x = sample.complete() ? block(sample, columns) : new GroupSample(columns(sample, columns));
            SaturatedEm.Moments m = SaturatedEm.estimate(x);
            ll += SaturatedEm.logLik(x, m.mean(), m.cov());
        }
        return ll;
    }

    /** The covariates' own moments: their block of the complete sample's moments (no rows needed). */
    private static GroupSample block(GroupSample sample, List<Integer> columns) {
        int k = columns.size();
        int p = sample.p();
        double[] mean = new double[k];
        double[] cov = new double[k * k];
        for (int i = 0; i < k; i++) {
            mean[i] = sample.mean()[columns.get(i)];
            for (int j = 0; j < k; j++) {
                cov[i * k + j] = sample.cov()[columns.get(i) * p + columns.get(j)];
            }
        }
        return GroupSample.ofMoments(sample.n(), mean, cov);
    }

    private static double[][] columns(GroupSample sample, List<Integer> columns) {
        double[][] rows = new double[sample.n()][columns.size()];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < columns.size(); j++) {
                rows[i][j] = sample.rows()[i][columns.get(j)];
            }
        }
        return rows;
    }
}
