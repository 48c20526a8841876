package org.synergos.analysis.cbsem.core;

/**
 * One row of a {@link ParameterTable}, as in lavaan's parameter table.
 *
 * @param id 1-based row number
 * @param lhs left-hand side (variable or label)
 * @param op operator
 * @param rhs right-hand side (variable, empty for {@code ~1}, expression text for {@code :=})
 * @param group 1-based group number ({@code 0} for {@code :=} and {@code ==} rows)
 * @param free 1-based index into the free-parameter vector, {@code 0} when fixed; rows sharing a
 *     label share the index (equality constraint)
 * @param value fixed value, or the start value of a free parameter ({@code NaN} = automatic)
 * @param label user or automatic label, empty when none
 * @param userSpecified whether the row was written by the user (else added by a default)
 */
public record Parameter(int id, String lhs, Operator op, String rhs, int group, int free, double value,
        String label, boolean userSpecified) {

    /** Whether the parameter is estimated. */
    public boolean isFree() {
        return free > 0;
    }

    /** A compact lavaan-like rendering, e.g. {@code dem60 ~ ind60 [g1]}. */
    @Override
    public String toString() {
        String text = lhs + " " + op.symbol() + (rhs.isEmpty() ? "" : " " + rhs);
        return group > 0 ? text + " [group " + group + "]" : text;
    }
}
