package org.synergos.analysis.cbsem.core;

import java.util.List;

/**
 * Covariance matrix and mean vector of a group's observed variables, as lavaan's
 * {@code lavInspect(fit, "sampstat")} (sample moments with N divisor; the EM estimate of the unrestricted
 * model with FIML) and {@code fitted(fit)} (model-implied moments).
 *
 * @param variables the observed variables, in the parameter table's order (lavaan's {@code ov} names)
 * @param cov covariance matrix, variables × variables
 * @param mean means, or null when the model has no mean structure (lavaan then reports none either)
 */
public record Moments(List<String> variables, double[][] cov, double[] mean) {

    public Moments {
        variables = List.copyOf(variables);
        double[][] copy = new double[cov.length][];
        for (int i = 0; i < cov.length; i++) {
            copy[i] = cov[i].clone();
        }
        cov = copy;
        mean = mean == null ? null : mean.clone();
    }

    @Override
    public double[][] cov() {
        double[][] copy = new double[cov.length][];
        for (int i = 0; i < cov.length; i++) {
            copy[i] = cov[i].clone();
        }
        return copy;
    }

    @Override
    public double[] mean() {
        return mean == null ? null : mean.clone();
    }
}
