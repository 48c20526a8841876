package org.synergos.analysis.cbsem.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The model as the user states it (lavaan model syntax as Java calls), before defaults are applied.
 * Immutable; build with {@link #builder()}. {@link Sem#specify} turns it into a {@link ParameterTable}
 * with lavaan's {@code sem()} defaults.
 *
 * <pre>{@code
 * ModelSpecification m = ModelSpecification.builder()
 *     .latent("ind60", "x1", "x2", "x3")
 *     .latent("dem60", "y1", "y2", "y3", "y4")
 *     .regression("dem60", "ind60", Modifier.label("a"))
 *     .define("ind", "a*b")
 *     .build();
 * }</pre>
 */
public final class ModelSpecification {

    private final List<Statement> statements;

    private ModelSpecification(List<Statement> statements) {
        this.statements = Collections.unmodifiableList(new ArrayList<>(statements));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Statements in the order given. */
    public List<Statement> statements() {
        return statements;
    }

    /** A builder that starts with these statements (to derive a variant). */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.statements.addAll(statements);
        return b;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Statement s : statements) {
            sb.append(s).append('\n');
        }
        return sb.toString();
    }

    /** Mutable builder; not thread-safe. */
    public static final class Builder {
        private final List<Statement> statements = new ArrayList<>();

        private Builder() {
        }

        /** {@code latent =~ i1 + i2 + ...}. */
        public Builder latent(String latent, String... indicators) {
            for (String indicator : indicators) {
                statements.add(new Statement(latent, Operator.LOADING, indicator, Modifier.NONE));
            }
            return this;
        }

        /** {@code latent =~ modifier*indicator}. */
        public Builder loading(String latent, String indicator, Modifier modifier) {
            statements.add(new Statement(latent, Operator.LOADING, indicator, modifier));
            return this;
        }

        /** {@code dependent ~ p1 + p2 + ...}. */
        public Builder regression(String dependent, String... predictors) {
            for (String predictor : predictors) {
                statements.add(new Statement(dependent, Operator.REGRESSION, predictor, Modifier.NONE));
            }
            return this;
        }

        /** {@code dependent ~ modifier*predictor}. */
        public Builder regression(String dependent, String predictor, Modifier modifier) {
            statements.add(new Statement(dependent, Operator.REGRESSION, predictor, modifier));
            return this;
        }

        /** {@code a ~~ b1 + b2 + ...} ((residual) covariances, or a variance when {@code a == b}). */
        public Builder covariance(String a, String... others) {
            for (String b : others) {
                statements.add(new Statement(a, Operator.COVARIANCE, b, Modifier.NONE));
            }
            return this;
        }

        /** {@code a ~~ modifier*b}. */
        public Builder covariance(String a, String b, Modifier modifier) {
            statements.add(new Statement(a, Operator.COVARIANCE, b, modifier));
            return this;
        }

        /** {@code variable ~ modifier*1} (intercept / mean). */
        public Builder intercept(String variable, Modifier modifier) {
            statements.add(new Statement(variable, Operator.INTERCEPT, "", modifier));
            return this;
        }

        /** {@code name := expression}, expression over labels with + - * / ^ and parentheses. */
        public Builder define(String name, String expression) {
            statements.add(new Statement(name, Operator.DEFINED, expression, Modifier.NONE));
            return this;
        }

        /** {@code label1 == label2}: equality constraint between two labelled parameters. */
        public Builder constrainEqual(String label1, String label2) {
            statements.add(new Statement(label1, Operator.EQUALITY, label2, Modifier.NONE));
            return this;
        }

        /**
         * {@code lhs < rhs} / {@code lhs > rhs} ({@code op} one of {@link Operator#LESS_THAN},
         * {@link Operator#GREATER_THAN}): inequality constraint between two labels or a label and a number.
         */
        public Builder constrainInequality(String lhs, Operator op, String rhs) {
            if (!op.isInequality()) {
                throw new IllegalArgumentException("not an inequality operator: " + op.symbol());
            }
            statements.add(new Statement(lhs, op, rhs, Modifier.NONE));
            return this;
        }

        /** Any statement. */
        public Builder add(Statement statement) {
            statements.add(statement);
            return this;
        }

        public ModelSpecification build() {
            return new ModelSpecification(statements);
        }
    }
}
