package org.synergos.analysis.cbsem.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.cbsem.core.ModelSpecification;
import org.synergos.analysis.cbsem.core.Modifier;
import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.ConstraintOperator;
import org.synergos.model.Covariance;
import org.synergos.model.DefinedParameter;
import org.synergos.model.Framework;
import org.synergos.model.Indicator;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.ParameterConstraint;
import org.synergos.model.StructuralPath;
import org.synergos.model.Variable;

/**
 * Translates a Synergos model into a CB-SEM specification (lavaan conventions): constructs become
 * latent variables measured by their indicators' data columns, structural paths regressions, mediation
 * hypotheses defined indirect effects (product of the labelled path coefficients). Keeps the way back
 * from lavaan names to model elements, so results can be attached to the diagram.
 */
public final class SemModelMapping {

    private final ModelSpecification specification;
    private final Map<String, String> elementOfName = new LinkedHashMap<>();
    private final Map<String, StructuralPath> pathOfKey = new LinkedHashMap<>();
    private final Map<String, MediationHypothesis> mediationOfDefined = new LinkedHashMap<>();
    private final List<String> columns = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * @param multigroup in a multigroup fit a label shared by the groups makes the parameter equal across
     *        them (lavaan semantics), so paths get no generated labels and mediations no indirect effects
     */
    private SemModelMapping(Framework framework, boolean multigroup) {
        ModelSpecification.Builder builder = ModelSpecification.builder();
        for (Construct construct : framework.getConstructs()) {
            measure(builder, construct);
        }
        Map<StructuralPath, String> labels = new LinkedHashMap<>();
        java.util.Set<String> mediated = multigroup ? java.util.Set.of() : mediatedPaths(framework);
        int generated = 0;
        for (StructuralPath path : framework.getPaths()) {
            if (path.getSource() == null || path.getTarget() == null) {
                problems.add("structural path " + describe(path) + " has no " + (path.getSource() == null ? "source"
                        : "target") + " construct");
                continue;
            }
            String label = path.getParameterLabel();
            if ((label == null || label.isBlank()) && path.getFixedValue() == null
                    && mediated.contains(code(path.getSource()) + "->" + code(path.getTarget()))) {
                label = "syn_p" + (++generated);
            }
            labels.put(path, label);
            Modifier modifier = path.getFixedValue() != null
                    ? new Modifier(label == null ? "" : label, path.getFixedValue(), Double.NaN, false)
                    : blankToNone(label);
            builder.regression(code(path.getTarget()), code(path.getSource()), modifier);
            pathOfKey.put(code(path.getTarget()) + "~" + code(path.getSource()), path);
        }
        for (Covariance covariance : framework.getCovariances()) {
            if (covariance.getLeft() == null || covariance.getRight() == null) {
                problems.add("covariance " + covariance.getId() + " lacks a variable on its "
                        + (covariance.getLeft() == null ? "left" : "right") + " side");
                continue;
            }
            Modifier modifier = covariance.getFixedValue() != null
                    ? new Modifier(covariance.getParameterLabel(), covariance.getFixedValue(), Double.NaN, false)
                    : blankToNone(covariance.getParameterLabel());
            builder.covariance(name(covariance.getLeft()), name(covariance.getRight()), modifier);
        }
        for (DefinedParameter defined : framework.getDefinedParameters()) {
            builder.define(defined.getName(), defined.getExpression());
            elementOfName.put(defined.getName(), defined.getId());
        }
        for (ParameterConstraint constraint : framework.getConstraints()) {
            if (constraint.getOperator() == ConstraintOperator.EQUAL) {
                builder.constrainEqual(constraint.getLeft(), constraint.getRight());
            } else {
                builder.constrainInequality(constraint.getLeft(),
                        constraint.getOperator() == ConstraintOperator.LESS_THAN ? Operator.LESS_THAN
                                : Operator.GREATER_THAN,
                        constraint.getRight());
            }
        }
        for (MediationHypothesis mediation : framework.getMediations()) {
            if (multigroup) {
                notes.add("mediation " + mediation.getLabel() + ": indirect effects are not defined automatically in a "
                        + "multigroup fit (a generated label would make the paths equal across groups); if equal paths "
                        + "are intended, label them and add defined parameters to test the indirect effect");
            } else {
                defineIndirect(builder, mediation, labels);
            }
        }
        this.specification = builder.build();
        if (multigroup) {
            java.util.Set<String> userLabels = new java.util.TreeSet<>();
            for (org.synergos.analysis.cbsem.core.Statement statement : specification.statements()) {
                String label = statement.modifier().label();
                if (!label.isEmpty() && !label.startsWith("syn_p")) {
                    userLabels.add(label);
                }
            }
            if (!userLabels.isEmpty()) {
                notes.add("labels " + String.join(", ", userLabels) + " apply in every group: the parameters they "
                        + "name are equal across groups (lavaan semantics)");
            }
        }
    }

    public static SemModelMapping of(Framework framework, boolean multigroup) {
        return new SemModelMapping(framework, multigroup);
    }

    /** "SOURCE->TARGET" of every path some mediation hypothesis runs along. */
    private static java.util.Set<String> mediatedPaths(Framework framework) {
        java.util.Set<String> paths = new java.util.HashSet<>();
        for (MediationHypothesis mediation : framework.getMediations()) {
            List<Construct> chain = new ArrayList<>();
            chain.add(mediation.getSource());
            chain.addAll(mediation.getMediators());
            chain.add(mediation.getTarget());
            for (int i = 0; i + 1 < chain.size(); i++) {
                if (chain.get(i) != null && chain.get(i + 1) != null) {
                    paths.add(code(chain.get(i)) + "->" + code(chain.get(i + 1)));
                }
            }
        }
        return paths;
    }

    private void measure(ModelSpecification.Builder builder, Construct construct) {
        if (!construct.getDimensions().isEmpty()) {
            problems.add("construct " + code(construct) + " is higher-order (measured by "
                    + String.join(", ", construct.getDimensions().stream().map(SemModelMapping::code).toList())
                    + "): the CB-SEM engine does not estimate second-order factors");
            return;
        }
        if (construct.getIndicators().isEmpty()) {
            return;
        }
        if (construct.getMode() == ConstructMode.COMPOSITE) {
            problems.add("construct " + code(construct) + " is a composite: covariance-based SEM estimates "
                    + "reflective (common-factor) constructs; use the PLS-SEM engine or make it reflective");
            return;
        }
        elementOfName.put(code(construct), construct.getId());
        for (Indicator indicator : construct.getIndicators()) {
            String column = column(indicator);
            columns.add(column);
            elementOfName.put(column, indicator.getId());
            builder.loading(code(construct), column, loadingModifier(indicator));
        }
    }

    /** lavaan's {@code label*}, {@code value*} and {@code NA*} on the loading, as the reader kept them. */
    private static Modifier loadingModifier(Indicator indicator) {
        String label = indicator.getLoadingLabel() == null ? "" : indicator.getLoadingLabel();
        Double fixed = indicator.getLoadingFixedValue();
        return new Modifier(label, fixed == null ? Double.NaN : fixed, Double.NaN,
                indicator.isLoadingFree() && fixed == null);
    }

    private static String describe(StructuralPath path) {
        String label = path.getLabel() == null || path.getLabel().isBlank() ? "" : " " + path.getLabel();
        return path.getId() + label;
    }

    private void defineIndirect(ModelSpecification.Builder builder, MediationHypothesis mediation,
            Map<StructuralPath, String> labels) {
        List<Construct> chain = new ArrayList<>();
        chain.add(mediation.getSource());
        chain.addAll(mediation.getMediators());
        chain.add(mediation.getTarget());
        List<String> factors = new ArrayList<>();
        for (int i = 0; i + 1 < chain.size(); i++) {
            StructuralPath path = pathOfKey.get(code(chain.get(i + 1)) + "~" + code(chain.get(i)));
            if (path == null || labels.get(path) == null) {
                problems.add("mediation " + mediation.getLabel() + ": no free path " + code(chain.get(i)) + " → "
                        + code(chain.get(i + 1)) + " to form the indirect effect");
                return;
            }
            factors.add(labels.get(path));
        }
        String name = "ind_" + (mediation.getLabel() == null ? mediation.getId() : mediation.getLabel());
        builder.define(name, String.join("*", factors));
        mediationOfDefined.put(name, mediation);
        elementOfName.put(name, mediation.getId());
    }

    private static Modifier blankToNone(String label) {
        return label == null || label.isBlank() ? Modifier.NONE : Modifier.label(label);
    }

    static String code(Variable variable) {
        String code = variable.getCode();
        return code == null || code.isBlank() ? variable.getName() : code;
    }

    static String column(Indicator indicator) {
        String column = indicator.getColumn();
        return column == null || column.isBlank() ? code(indicator) : column;
    }

    private static String name(Variable variable) {
        return variable instanceof Indicator indicator ? column(indicator) : code(variable);
    }

    public ModelSpecification specification() {
        return specification;
    }

    /** Data columns the model measures, in model order. */
    public List<String> columns() {
        return columns;
    }

    /** Things users should know about how the model was translated. */
    public List<String> notes() {
        return notes;
    }

    /** Reasons the model cannot be estimated as specified. */
    public List<String> problems() {
        return problems;
    }

    /** The model element a lavaan name (construct, indicator column, defined parameter) stands for. */
    public String elementId(String name) {
        return elementOfName.getOrDefault(name, name);
    }

    /** The model's structural path for a regression {@code target ~ source}, if any. */
    public StructuralPath path(String target, String source) {
        return pathOfKey.get(target + "~" + source);
    }

    public boolean isMediationEffect(String definedName) {
        return mediationOfDefined.containsKey(definedName);
    }
}
