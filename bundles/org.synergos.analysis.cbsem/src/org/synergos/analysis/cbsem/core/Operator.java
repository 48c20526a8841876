package org.synergos.analysis.cbsem.core;

/** Operators of a parameter-table row, spelled as in lavaan's model syntax. */
public enum Operator {
    /** latent =~ indicator (loading). */
    LOADING("=~"),
    /** dependent ~ predictor (regression). */
    REGRESSION("~"),
    /** variable ~~ variable ((residual) variance or covariance). */
    COVARIANCE("~~"),
    /** variable ~1 (intercept or mean). */
    INTERCEPT("~1"),
    /** label := expression (defined parameter). */
    DEFINED(":="),
    /** label == label (equality constraint). */
    EQUALITY("=="),
    /** label &lt; label or number (inequality constraint). */
    LESS_THAN("<"),
    /** label &gt; label or number (inequality constraint). */
    GREATER_THAN(">");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The lavaan spelling, e.g. {@code "=~"}. */
    public String symbol() {
        return symbol;
    }

    /** Whether this is {@code <} or {@code >}. */
    public boolean isInequality() {
        return this == LESS_THAN || this == GREATER_THAN;
    }

    /** Whether this row is a constraint ({@code ==}, {@code <}, {@code >}), not a parameter. */
    public boolean isConstraint() {
        return this == EQUALITY || isInequality();
    }

    /** The operator spelled {@code symbol}; fails for unknown spellings. */
    public static Operator ofSymbol(String symbol) {
        for (Operator op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown operator '" + symbol + "'");
    }
}
