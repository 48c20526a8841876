package org.synergos.analysis.cbsem.core;

/**
 * One row of the estimates table, as lavaan's {@code parameterEstimates(standardized = TRUE)}.
 * Fixed parameters have {@code se = 0} and {@code NaN} z and p.
 *
 * @param parameter the parameter-table row
 * @param estimate point estimate
 * @param se standard error
 * @param z Wald z = est / se
 * @param pvalue two-sided p of z
 * @param ciLower lower confidence bound
 * @param ciUpper upper confidence bound
 * @param stdLv standardised with latent variances 1 (lavaan {@code std.lv})
 * @param stdAll standardised with latent and observed variances 1 (lavaan {@code std.all})
 * @param stdNox as {@code stdAll}, but observed exogenous covariates keep their scale (lavaan {@code std.nox})
 */
public record ParameterEstimate(Parameter parameter, double estimate, double se, double z, double pvalue,
        double ciLower, double ciUpper, double stdLv, double stdAll, double stdNox) {

    public String lhs() {
        return parameter.lhs();
    }

    public Operator op() {
        return parameter.op();
    }

    public String rhs() {
        return parameter.rhs();
    }

    public int group() {
        return parameter.group();
    }
}
