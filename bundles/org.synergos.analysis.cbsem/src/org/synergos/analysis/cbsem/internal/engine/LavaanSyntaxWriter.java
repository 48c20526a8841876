package org.synergos.analysis.cbsem.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.cbsem.core.ModelSpecification;
import org.synergos.analysis.cbsem.core.Modifier;
import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.Statement;
import org.synergos.analysis.reproduce.RLiterals;

/**
 * The model the engine fits, written back as lavaan syntax: one line per left-hand side and operator, in the
 * order of the specification, modifiers as lavaan spells them ({@code 1*x}, {@code a*x}, {@code NA*x},
 * {@code start(v)*x}; a term with several modifiers repeated, which lavaan merges).
 */
final class LavaanSyntaxWriter {

    private LavaanSyntaxWriter() {
    }

    static String write(ModelSpecification specification) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        List<String> standalone = new ArrayList<>();
        for (Statement statement : specification.statements()) {
            switch (statement.op()) {
            case LOADING, REGRESSION, COVARIANCE, INTERCEPT -> lines
                    .computeIfAbsent(statement.lhs() + " " + lhsOperator(statement.op()), k -> new ArrayList<>())
                    .addAll(terms(statement));
            default -> standalone.add(statement.lhs() + " " + statement.op().symbol() + " " + statement.rhs());
            }
        }
        StringBuilder out = new StringBuilder();
        lines.forEach((lhs, terms) -> out.append("  ").append(lhs).append(' ').append(String.join(" + ", terms))
                .append('\n'));
        standalone.forEach(line -> out.append("  ").append(line).append('\n'));
        return out.toString();
    }

    private static String lhsOperator(Operator op) {
        return op == Operator.INTERCEPT ? "~" : op.symbol();
    }

    private static List<String> terms(Statement statement) {
        String rhs = statement.op() == Operator.INTERCEPT ? "1" : statement.rhs();
        Modifier modifier = statement.modifier();
        List<String> terms = new ArrayList<>();
        if (modifier.isFixed()) {
            terms.add(RLiterals.number(modifier.fixed()) + "*" + rhs);
        } else if (modifier.forceFree()) {
            terms.add("NA*" + rhs);
        }
        if (!Double.isNaN(modifier.start())) {
            terms.add("start(" + RLiterals.number(modifier.start()) + ")*" + rhs);
        }
        if (!modifier.label().isEmpty()) {
            terms.add(modifier.label() + "*" + rhs);
        }
        if (terms.isEmpty()) {
            terms.add(rhs);
        }
        return terms;
    }
}
