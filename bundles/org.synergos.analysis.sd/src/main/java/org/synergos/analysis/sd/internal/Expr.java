package org.synergos.analysis.sd.internal;

import java.util.List;

/**
 * The syntax tree of one equation. Columns are 1-based character positions in the equation text, so that
 * errors found after parsing (unknown names, units) can point at the token.
 */
public sealed interface Expr {

    int column();

    record Num(double value, int column) implements Expr {
    }

    /** A reference to a model variable (stock, flow, auxiliary, parameter, delay) by name. */
    record Name(String name, int column) implements Expr {
    }

    /** TIME or DT. */
    record Clock(boolean timeStep, int column) implements Expr {
    }

    record Unary(Op op, Expr operand, int column) implements Expr {
    }

    record Binary(Op op, Expr left, Expr right, int column) implements Expr {
    }

    /** A built-in function (name upper-cased) or a lookup table call (name as written). */
    record Call(String function, List<Expr> arguments, int column) implements Expr {
    }

    record If(Expr condition, Expr then, Expr otherwise, int column) implements Expr {
    }

    enum Op {
        ADD("+"), SUBTRACT("−"), MULTIPLY("*"), DIVIDE("/"), POWER("^"), NEGATE("−"), NOT("NOT"),
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">="), AND("AND"), OR("OR");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean isComparison() {
            return this == EQ || this == NE || this == LT || this == LE || this == GT || this == GE;
        }

        public boolean isLogical() {
            return this == AND || this == OR || this == NOT;
        }
    }
}
