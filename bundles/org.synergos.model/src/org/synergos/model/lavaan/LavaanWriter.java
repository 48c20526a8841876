package org.synergos.model.lavaan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.synergos.model.ConstraintOperator;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.Covariance;
import org.synergos.model.DefinedParameter;
import org.synergos.model.Framework;
import org.synergos.model.Indicator;
import org.synergos.model.ParameterConstraint;
import org.synergos.model.StructuralPath;
import org.synergos.model.Variable;
import org.synergos.model.helpers.ElementLabels;

/**
 * Writes the SEM part of a {@link Framework} as lavaan model syntax, in the layout of the lavaan
 * tutorial: measurement model, regressions (one line per dependent construct), covariances (one line
 * per left variable), defined parameters, constraints. Output is deterministic, so writing what
 * {@link LavaanReader} read is stable. Context elements (actors, events, ...) and hypotheses other than
 * paths have no lavaan form and are not written.
 */
public final class LavaanWriter {

    /** lavaan (R) names: a letter or '.', then letters, digits, '.' or '_'. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}.][\\p{L}\\p{N}._]*");

    private LavaanWriter() {
    }

    /**
     * @throws IllegalArgumentException naming the element when the model cannot be expressed in lavaan
     *         (construct without indicators, incomplete path, code that is not a valid lavaan name)
     */
    public static String write(Framework framework) {
        List<String> sections = new ArrayList<>();
        section(sections, "measurement model", measurement(framework));
        section(sections, "regressions", regressions(framework));
        section(sections, "covariances", covariances(framework));
        section(sections, "defined parameters", definitions(framework));
        section(sections, "constraints", constraints(framework));
        return String.join("\n", sections);
    }

    private static void section(List<String> sections, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("# ").append(title).append('\n');
        lines.forEach(line -> text.append("  ").append(line).append('\n'));
        sections.add(text.toString());
    }

    private static List<String> measurement(Framework framework) {
        List<String> lines = new ArrayList<>();
        for (Construct construct : framework.getConstructs()) {
            List<String> terms = new ArrayList<>();
            for (Indicator indicator : construct.getIndicators()) {
                terms.addAll(loadingTerms(indicator));
            }
            for (Construct dimension : construct.getDimensions()) {
                terms.add(name(dimension));
            }
            if (terms.isEmpty()) {
                throw new IllegalArgumentException(ElementLabels.of(construct)
                        + " has no indicators or dimensions; lavaan needs at least one");
            }
            String op = construct.getMode() == ConstructMode.COMPOSITE ? " <~ " : " =~ ";
            lines.add(name(construct) + op + String.join(" + ", terms));
        }
        return lines;
    }

    /** {@code x1}, {@code a*x1}, {@code 1*x1}, {@code NA*x1}; several modifiers repeat the term. */
    private static List<String> loadingTerms(Indicator indicator) {
        String name = name(indicator);
        List<String> terms = new ArrayList<>();
        if (indicator.isLoadingFree()) {
            terms.add("NA*" + name);
        }
        if (indicator.getLoadingFixedValue() != null) {
            terms.add(number(indicator.getLoadingFixedValue()) + "*" + name);
        }
        if (indicator.getLoadingLabel() != null && !indicator.getLoadingLabel().isEmpty()) {
            terms.add(label(indicator.getLoadingLabel(), indicator) + "*" + name);
        }
        if (terms.isEmpty()) {
            terms.add(name);
        }
        return terms;
    }

    private static List<String> regressions(Framework framework) {
        Map<Construct, List<String>> byTarget = new LinkedHashMap<>();
        for (StructuralPath path : framework.getPaths()) {
            if (path.getSource() == null || path.getTarget() == null) {
                throw new IllegalArgumentException(ElementLabels.of(path) + " needs a source and a target");
            }
            String term = modifier(path.getParameterLabel(), path.getFixedValue(), path) + name(path.getSource());
            byTarget.computeIfAbsent(path.getTarget(), k -> new ArrayList<>()).add(term);
        }
        List<String> lines = new ArrayList<>();
        byTarget.forEach((target, terms) -> lines.add(name(target) + " ~ " + String.join(" + ", terms)));
        return lines;
    }

    private static List<String> covariances(Framework framework) {
        Map<Variable, List<String>> byLeft = new LinkedHashMap<>();
        for (Covariance covariance : framework.getCovariances()) {
            if (covariance.getLeft() == null || covariance.getRight() == null) {
                throw new IllegalArgumentException(ElementLabels.of(covariance) + " needs two variables");
            }
            String term = modifier(covariance.getParameterLabel(), covariance.getFixedValue(), covariance)
                    + name(covariance.getRight());
            byLeft.computeIfAbsent(covariance.getLeft(), k -> new ArrayList<>()).add(term);
        }
        List<String> lines = new ArrayList<>();
        byLeft.forEach((left, terms) -> lines.add(name(left) + " ~~ " + String.join(" + ", terms)));
        return lines;
    }

    private static List<String> definitions(Framework framework) {
        List<String> lines = new ArrayList<>();
        for (DefinedParameter parameter : framework.getDefinedParameters()) {
            lines.add(label(parameter.getName(), parameter) + " := " + parameter.getExpression());
        }
        return lines;
    }

    private static List<String> constraints(Framework framework) {
        List<String> lines = new ArrayList<>();
        for (ParameterConstraint constraint : framework.getConstraints()) {
            lines.add(constraint.getLeft() + " " + operator(constraint.getOperator()) + " " + constraint.getRight());
        }
        return lines;
    }

    private static String operator(ConstraintOperator operator) {
        return switch (operator) {
            case LESS_THAN -> "<";
            case GREATER_THAN -> ">";
            case EQUAL -> "==";
        };
    }

    /** A fixed value wins over a label in lavaan's single-modifier form; both are written when set. */
    private static String modifier(String label, Double fixed, org.eclipse.emf.ecore.EObject owner) {
        StringBuilder text = new StringBuilder();
        if (fixed != null) {
            text.append(number(fixed)).append('*');
        }
        if (label != null && !label.isEmpty()) {
            text.append(label(label, owner)).append('*');
        }
        return text.toString();
    }

    private static String name(Variable variable) {
        String code = variable.getCode();
        if (code == null || !NAME.matcher(code).matches()) {
            throw new IllegalArgumentException(ElementLabels.of(variable) + ": code '" + code
                    + "' is not a valid lavaan variable name (letters, digits, '.', '_'; starting with a letter)");
        }
        return code;
    }

    private static String label(String label, org.eclipse.emf.ecore.EObject owner) {
        if (label == null || !NAME.matcher(label).matches() || label.equals("NA")) {
            throw new IllegalArgumentException(ElementLabels.of(owner) + ": '" + label
                    + "' is not a valid lavaan parameter label");
        }
        return label;
    }

    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
