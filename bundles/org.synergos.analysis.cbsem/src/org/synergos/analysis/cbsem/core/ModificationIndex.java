package org.synergos.analysis.cbsem.core;

/**
 * Modification index of a fixed parameter (Sörbom 1989), as lavaan's {@code modindices()}.
 *
 * @param lhs left-hand side
 * @param op operator
 * @param rhs right-hand side
 * @param group 1-based group
 * @param mi expected chi-square drop when the parameter is freed (1 df)
 * @param epc expected parameter change
 * @param sepcLv EPC standardised with latent variances 1
 * @param sepcAll EPC standardised with all variances 1
 */
public record ModificationIndex(String lhs, Operator op, String rhs, int group, double mi, double epc,
        double sepcLv, double sepcAll) {
}
