package org.synergos.analysis.cbsem.core;

import java.util.Objects;

/**
 * One user statement of a {@link ModelSpecification}: {@code lhs op rhs} with a modifier.
 *
 * @param lhs left-hand side
 * @param op operator
 * @param rhs right-hand side (empty for {@code ~1}; the expression for {@code :=})
 * @param modifier label / fixed value / start value
 */
public record Statement(String lhs, Operator op, String rhs, Modifier modifier) {

    public Statement {
        Objects.requireNonNull(lhs, "lhs");
        Objects.requireNonNull(op, "op");
        rhs = rhs == null ? "" : rhs.trim();
        lhs = lhs.trim();
        modifier = modifier == null ? Modifier.NONE : modifier;
        if (lhs.isEmpty()) {
            throw new IllegalArgumentException("statement with empty left-hand side: " + op.symbol() + " " + rhs);
        }
        if (op != Operator.INTERCEPT && rhs.isEmpty()) {
            throw new IllegalArgumentException("statement '" + lhs + " " + op.symbol() + "' has no right-hand side");
        }
    }

    @Override
    public String toString() {
        return lhs + " " + op.symbol() + (rhs.isEmpty() ? "" : " " + rhs);
    }
}
