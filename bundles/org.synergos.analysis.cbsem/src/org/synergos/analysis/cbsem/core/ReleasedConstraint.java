package org.synergos.analysis.cbsem.core;

/**
 * Score test of releasing one equality constraint (lavaan's univariate {@code lavTestScore}): the
 * parameter {@code lhs op rhs} of {@code group} gets its own value instead of sharing it with
 * {@code referenceGroup}'s (e.g. one loading under {@code group.equal = loadings}).
 *
 * @param lhs left-hand side
 * @param op operator
 * @param rhs right-hand side
 * @param group 1-based group whose copy is released
 * @param referenceGroup 1-based group of the first row sharing the parameter
 * @param mi score statistic (expected chi-square drop, 1 df)
 * @param pvalue upper-tail chi-square probability of {@code mi}
 * @param epc expected change of the released copy from the common estimate
 * @param sepcLv EPC standardised with latent variances 1
 * @param sepcAll EPC standardised with all variances 1
 */
public record ReleasedConstraint(String lhs, Operator op, String rhs, int group, int referenceGroup, double mi,
        double pvalue, double epc, double sepcLv, double sepcAll) {
}
