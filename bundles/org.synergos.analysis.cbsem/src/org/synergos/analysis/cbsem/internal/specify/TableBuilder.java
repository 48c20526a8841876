package org.synergos.analysis.cbsem.internal.specify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.synergos.analysis.cbsem.core.GroupEquality;
import org.synergos.analysis.cbsem.core.GroupPartial;
import org.synergos.analysis.cbsem.core.Modifier;
import org.synergos.analysis.cbsem.core.ModelSpecification;
import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.Parameter;
import org.synergos.analysis.cbsem.core.ParameterTable;
import org.synergos.analysis.cbsem.core.SemException;
import org.synergos.analysis.cbsem.core.Statement;

/**
 * Turns user statements into a {@link ParameterTable} with the defaults of lavaan's {@code sem()}
 * (documented in lavaan's {@code lavOptions}): the first loading of each latent fixed to 1 (marker),
 * free residual variances of observed and latent variables, free covariances among exogenous latents
 * and among purely dependent variables ({@code auto.cov.y}), exogenous observed covariates' moments
 * fixed to their sample values ({@code fixed.x}, value {@code NaN} here, filled by the estimator),
 * free observed intercepts and latent means fixed to 0 when a mean structure is modelled, and
 * automatic {@code .pN.} labels for {@code group.equal} (less {@code group.partial}). With {@code
 * std.lv} latent (residual) variances are fixed to 1 and no loading is a marker. Rows sharing a
 * label (or joined by {@code ==}) share one free-parameter index; when one of them is fixed, all
 * take its value (as lavaan). Constraints and definitions the estimator cannot honour are refused
 * with a {@link SemException} naming them.
 */
public final class TableBuilder {

    private final ModelSpecification spec;
    private final List<String> groupLabels;
    private final boolean meanStructure;
    private final Set<GroupEquality> groupEqual;
    private final Set<String> groupPartial;
    private final boolean fixedX;
    private final boolean stdLv;
    private final List<String> latent = new ArrayList<>();
    private final List<String> observed = new ArrayList<>();
    private final List<String> exoObserved = new ArrayList<>();

    /**
     * @param groupPartial parameters exempt from {@code groupEqual}, as {@link GroupPartial#key}
     * @param stdLv lavaan {@code std.lv}: latent (residual) variances fixed to 1 instead of marker loadings
     */
    public TableBuilder(ModelSpecification spec, List<String> groupLabels, boolean meanStructure,
            Set<GroupEquality> groupEqual, Set<String> groupPartial, boolean fixedX, boolean stdLv) {
        this.spec = spec;
        this.groupLabels = groupLabels;
        this.meanStructure = meanStructure;
        this.groupEqual = groupEqual;
        this.groupPartial = groupPartial;
        this.fixedX = fixedX;
        this.stdLv = stdLv;
    }

    private record Row(String lhs, Operator op, String rhs, int group, boolean fixed, double value, String label,
            boolean user) {
    }

    public ParameterTable build() {
        classify();
        Set<String> regressionLhs = new LinkedHashSet<>();
        Set<String> regressionRhs = new LinkedHashSet<>();
        Set<String> indicators = new LinkedHashSet<>();
        for (Statement s : spec.statements()) {
            if (s.op() == Operator.REGRESSION) {
                regressionLhs.add(s.lhs());
                regressionRhs.add(s.rhs());
            } else if (s.op() == Operator.LOADING) {
                indicators.add(s.rhs());
            }
        }
        for (String v : observed) {
            if (regressionRhs.contains(v) && !regressionLhs.contains(v) && !indicators.contains(v)) {
                exoObserved.add(v);
            }
        }
        List<String> exoLatent = new ArrayList<>();
        for (String v : latent) {
            if (!regressionLhs.contains(v)) {
                exoLatent.add(v);
            }
        }
        List<String> pureDependent = new ArrayList<>();
        for (String v : concat(observed, latent)) {
            if (regressionLhs.contains(v) && !regressionRhs.contains(v) && !indicators.contains(v)) {
                pureDependent.add(v);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int g = 1; g <= groupLabels.size(); g++) {
            List<Row> groupRows = new ArrayList<>();
            Set<String> firstSeen = new LinkedHashSet<>();
            for (Statement s : spec.statements()) {
                if (s.op() == Operator.DEFINED || s.op().isConstraint()) {
                    continue;
                }
                Modifier mod = s.modifier();
                boolean fixed = mod.isFixed();
                double value = fixed ? mod.fixed() : mod.start();
                if (s.op() == Operator.LOADING && firstSeen.add(s.lhs()) && !fixed && !mod.forceFree() && !stdLv) {
                    fixed = true;
                    value = 1.0;
                }
                if (stdLv && isLatentVariance(s.lhs(), s.op(), s.rhs()) && !fixed && !mod.forceFree()) {
                    // lavaan fixes every latent variance under std.lv; only a modifier changes that
                    fixed = true;
                    value = 1.0;
                }
                String rhs = s.rhs();
                if (has(groupRows, s.lhs(), s.op(), rhs)) {
                    throw new SemException("duplicate statement '" + s + "'");
                }
                groupRows.add(new Row(s.lhs(), s.op(), rhs, g, fixed, value, mod.label(), true));
            }
            Set<String> singleIndicators = singleIndicators();
            for (String v : observed) {
                if (!has(groupRows, v, Operator.COVARIANCE, v)) {
                    boolean fx = fixedX && exoObserved.contains(v);
                    if (singleIndicators.contains(v)) {
                        // lavaan's auto.fix.single: the only indicator of a latent measures it without error
                        groupRows.add(new Row(v, Operator.COVARIANCE, v, g, true, 0.0, "", false));
                    } else {
                        groupRows.add(new Row(v, Operator.COVARIANCE, v, g, fx, Double.NaN, "", false));
                    }
                }
            }
            // std.lv in later groups of a metric model: the equal loadings carry the scale
            boolean stdLvFixed = stdLv && !(g > 1 && groupEqual.contains(GroupEquality.LOADINGS)
                    && !groupEqual.contains(GroupEquality.LV_VARIANCES));
            for (String v : latent) {
                if (!has(groupRows, v, Operator.COVARIANCE, v)) {
                    groupRows.add(new Row(v, Operator.COVARIANCE, v, g, stdLvFixed, stdLvFixed ? 1.0 : Double.NaN, "",
                            false));
                }
            }
            addPairs(groupRows, exoLatent, g, false);
            addPairs(groupRows, pureDependent, g, false);
            addPairs(groupRows, exoObserved, g, fixedX);
            if (meanStructure) {
                for (String v : observed) {
                    if (!has(groupRows, v, Operator.INTERCEPT, "")) {
                        boolean fx = fixedX && exoObserved.contains(v);
                        groupRows.add(new Row(v, Operator.INTERCEPT, "", g, fx, Double.NaN, "", false));
                    }
                }
                for (String v : latent) {
                    if (!has(groupRows, v, Operator.INTERCEPT, "")) {
                        boolean free = g > 1 && groupEqual.contains(GroupEquality.INTERCEPTS)
                                && !groupEqual.contains(GroupEquality.MEANS);
                        groupRows.add(new Row(v, Operator.INTERCEPT, "", g, !free, free ? Double.NaN : 0.0, "", false));
                    }
                }
            }
            rows.addAll(groupRows);
        }
        return number(rows);
    }

    /** Observed variables that are the only indicator of a latent variable. */
    private Set<String> singleIndicators() {
        java.util.Map<String, List<String>> indicators = new java.util.LinkedHashMap<>();
        for (Statement s : spec.statements()) {
            if (s.op() == Operator.LOADING) {
                indicators.computeIfAbsent(s.lhs(), k -> new ArrayList<>()).add(s.rhs());
            }
        }
        Set<String> out = new LinkedHashSet<>();
        indicators.values().stream().filter(list -> list.size() == 1 && observed.contains(list.get(0)))
                .forEach(list -> out.add(list.get(0)));
        return out;
    }

    private boolean isLatentVariance(String lhs, Operator op, String rhs) {
        return op == Operator.COVARIANCE && lhs.equals(rhs) && latent.contains(lhs);
    }

    /** Whether lavaan's {@code group.equal} makes row {@code r} equal across groups (before group.partial). */
    private boolean groupEqual(Row r) {
        boolean lv = latent.contains(r.lhs);
        boolean ovNox = observed.contains(r.lhs) && !exoObserved.contains(r.lhs);
        return switch (r.op) {
            case LOADING -> groupEqual.contains(GroupEquality.LOADINGS);
            case REGRESSION -> groupEqual.contains(GroupEquality.REGRESSIONS);
            case INTERCEPT -> (ovNox && groupEqual.contains(GroupEquality.INTERCEPTS))
                    || (lv && groupEqual.contains(GroupEquality.MEANS));
            case COVARIANCE -> r.lhs.equals(r.rhs)
                    ? (ovNox && groupEqual.contains(GroupEquality.RESIDUALS))
                            || (lv && groupEqual.contains(GroupEquality.LV_VARIANCES))
                    : (ovNox && groupEqual.contains(GroupEquality.RESIDUAL_COVARIANCES))
                            || (lv && groupEqual.contains(GroupEquality.LV_COVARIANCES));
            default -> false;
        };
    }

    private boolean partial(Row r) {
        return groupPartial.contains(GroupPartial.key(r.lhs, r.op, r.rhs))
                || (r.op == Operator.COVARIANCE && groupPartial.contains(GroupPartial.key(r.rhs, r.op, r.lhs)));
    }

    /**
     * The equality class of each row: its user label (merged through {@code ==}), or for rows that
     * {@code group.equal} constrains the index of the group-1 row; {@code null} when unconstrained.
     */
    private String[] equalityKeys(List<Row> rows, UnionFind labels) {
        String[] keys = new String[rows.size()];
        int perGroup = rows.size() / groupLabels.size();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (!r.label.isEmpty()) {
                keys[i] = "label " + labels.find(r.label);
            } else if (groupLabels.size() > 1 && groupEqual(r)) {
                if (!partial(r)) {
                    keys[i] = "group.equal " + (i % perGroup + 1);
                }
            }
        }
        for (String entry : groupPartial) {
            boolean matches = false;
            for (Row r : rows) {
                matches |= entry.equals(GroupPartial.key(r.lhs, r.op, r.rhs))
                        || (r.op == Operator.COVARIANCE && entry.equals(GroupPartial.key(r.rhs, r.op, r.lhs)));
            }
            if (!matches) {
                throw new SemException("group.partial entry '" + entry + "' names no parameter of the model");
            }
        }
        return keys;
    }

    private ParameterTable number(List<Row> rows) {
        Set<String> userLabels = new LinkedHashSet<>();
        for (Row r : rows) {
            if (!r.label.isEmpty()) {
                userLabels.add(r.label);
            }
        }
        UnionFind labels = new UnionFind();
        Map<String, Double> fixedByConstraint = new HashMap<>();
        for (Statement s : spec.statements()) {
            if (s.op() == Operator.EQUALITY) {
                equality(s, userLabels, labels, fixedByConstraint);
            } else if (s.op().isInequality()) {
                inequality(s, userLabels);
            }
        }
        checkDefinitions(userLabels);
        String[] keys = equalityKeys(rows, labels);
        // lavaan: when one parameter of an equality class is fixed, the whole class takes its value
        Map<String, Double> fixedValue = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (keys[i] != null && r.fixed && !fixedValue.containsKey(keys[i])) {
                fixedValue.put(keys[i], r.value);
            }
        }
        for (Map.Entry<String, Double> e : fixedByConstraint.entrySet()) {
            fixedValue.putIfAbsent("label " + labels.find(e.getKey()), e.getValue());
        }
        Map<String, Integer> freeByKey = new HashMap<>();
        List<Parameter> out = new ArrayList<>();
        int perGroup = rows.size() / groupLabels.size();
        int next = 1;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String key = keys[i];
            boolean fixed = r.fixed || (key != null && fixedValue.containsKey(key));
            double value = key != null && fixedValue.containsKey(key) ? fixedValue.get(key) : r.value;
            int free = 0;
            if (!fixed) {
                if (key == null) {
                    free = next++;
                } else {
                    Integer known = freeByKey.get(key);
                    if (known == null) {
                        known = next++;
                        freeByKey.put(key, known);
                    }
                    free = known;
                }
            }
            String label = r.label;
            if (label.isEmpty() && key != null && !fixed) {
                label = ".p" + (i % perGroup + 1) + ".";
            }
            out.add(new Parameter(out.size() + 1, r.lhs, r.op, r.rhs, r.group, free, value, label, r.user));
        }
        for (Statement s : spec.statements()) {
            if (s.op() == Operator.DEFINED) {
                out.add(new Parameter(out.size() + 1, s.lhs(), Operator.DEFINED, s.rhs(), 0, 0, Double.NaN, s.lhs(),
                        true));
            } else if (s.op().isConstraint()) {
                out.add(new Parameter(out.size() + 1, s.lhs(), s.op(), s.rhs(), 0, 0, Double.NaN, "", true));
            }
        }
        return new ParameterTable(out, observed, latent, groupLabels, meanStructure);
    }

    /**
     * {@code a == b} between two labels joins their classes; {@code a == number} fixes label a. Anything
     * else (expressions, unknown labels) is refused: a constraint is never dropped.
     */
    private static void equality(Statement s, Set<String> userLabels, UnionFind labels,
            Map<String, Double> fixedByConstraint) {
        String where = "constraint '" + s.lhs() + " == " + s.rhs() + "'";
        boolean lhsLabel = LABEL.matcher(s.lhs()).matches();
        boolean rhsLabel = LABEL.matcher(s.rhs()).matches();
        Double rhsNumber = parseNumber(s.rhs());
        Double lhsNumber = parseNumber(s.lhs());
        if (lhsLabel && rhsLabel) {
            for (String label : new String[] {s.lhs(), s.rhs()}) {
                if (!userLabels.contains(label)) {
                    throw new SemException(where + ": '" + label + "' is not the label of a parameter of the model"
                            + " (labels: " + String.join(", ", userLabels) + ")");
                }
            }
            labels.union(s.lhs(), s.rhs());
        } else if ((lhsLabel && rhsNumber != null) || (rhsLabel && lhsNumber != null)) {
            String label = lhsLabel ? s.lhs() : s.rhs();
            if (!userLabels.contains(label)) {
                throw new SemException(where + ": '" + label + "' is not the label of a parameter of the model"
                        + " (labels: " + String.join(", ", userLabels) + ")");
            }
            fixedByConstraint.put(label, lhsLabel ? rhsNumber : lhsNumber);
        } else {
            throw new SemException(where + " is not supported by the CB-SEM engine: '==' must join two parameter "
                    + "labels or a label and a number (nonlinear equality constraints are not estimated)");
        }
    }

    /**
     * {@code a < b}, {@code a > b} between two labels, or between a label and a number (either side).
     * Anything else (expressions, unknown labels) is refused, as for {@code ==}; the estimator honours
     * these by an active-set search ({@code InequalityConstraints}).
     */
    private static void inequality(Statement s, Set<String> userLabels) {
        String where = "constraint '" + s.lhs() + " " + s.op().symbol() + " " + s.rhs() + "'";
        boolean lhsLabel = LABEL.matcher(s.lhs()).matches();
        boolean rhsLabel = LABEL.matcher(s.rhs()).matches();
        boolean lhsNumber = parseNumber(s.lhs()) != null;
        boolean rhsNumber = parseNumber(s.rhs()) != null;
        if (!((lhsLabel && (rhsLabel || rhsNumber)) || (rhsLabel && lhsNumber))) {
            throw new SemException(where + " is not supported by the CB-SEM engine: '" + s.op().symbol()
                    + "' must compare two parameter labels or a label and a number (nonlinear inequality"
                    + " constraints are not estimated)");
        }
        for (String side : new String[] {s.lhs(), s.rhs()}) {
            if (LABEL.matcher(side).matches() && !userLabels.contains(side)) {
                throw new SemException(where + ": '" + side + "' is not the label of a parameter of the model"
                        + " (labels: " + String.join(", ", userLabels) + ")");
            }
        }
    }

    /** Every label a defined parameter uses must be a parameter label or an earlier defined name. */
    private void checkDefinitions(Set<String> userLabels) {
        Set<String> known = new LinkedHashSet<>(userLabels);
        for (Statement s : spec.statements()) {
            if (s.op() != Operator.DEFINED) {
                continue;
            }
            if (userLabels.contains(s.lhs())) {
                throw new SemException("defined parameter '" + s.lhs() + " := " + s.rhs() + "': '" + s.lhs()
                        + "' is already the label of a model parameter");
            }
            Set<String> used = new LinkedHashSet<>();
            ExpressionParser.parse(s.rhs()).collectLabels(used);
            for (String label : used) {
                if (!known.contains(label)) {
                    throw new SemException("defined parameter '" + s.lhs() + " := " + s.rhs() + "': '" + label
                            + "' is neither a parameter label nor an earlier defined parameter");
                }
            }
            known.add(s.lhs());
        }
    }

    private static Double parseNumber(String text) {
        try {
            return Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("[A-Za-z_.][A-Za-z0-9_.]*");

    private void classify() {
        for (Statement s : spec.statements()) {
            if (s.op() == Operator.LOADING && !latent.contains(s.lhs())) {
                latent.add(s.lhs());
            }
        }
        for (Statement s : spec.statements()) {
            if (s.op() == Operator.DEFINED || s.op().isConstraint()) {
                continue;
            }
            for (String v : new String[] {s.lhs(), s.rhs()}) {
                if (!v.isEmpty() && !latent.contains(v) && !observed.contains(v)) {
                    observed.add(v);
                }
            }
        }
        // lavaan orders observed variables: indicators first (in order of appearance), then the rest
        List<String> ordered = new ArrayList<>();
        for (Statement s : spec.statements()) {
            if (s.op() == Operator.LOADING && observed.contains(s.rhs()) && !ordered.contains(s.rhs())) {
                ordered.add(s.rhs());
            }
        }
        for (String v : observed) {
            if (!ordered.contains(v)) {
                ordered.add(v);
            }
        }
        observed.clear();
        observed.addAll(ordered);
    }

    private static void addPairs(List<Row> rows, List<String> vars, int g, boolean fixed) {
        for (int i = 0; i < vars.size(); i++) {
            for (int j = i + 1; j < vars.size(); j++) {
                if (!has(rows, vars.get(i), Operator.COVARIANCE, vars.get(j))) {
                    rows.add(new Row(vars.get(i), Operator.COVARIANCE, vars.get(j), g, fixed,
                            fixed ? Double.NaN : Double.NaN, "", false));
                }
            }
        }
    }

    private static boolean has(List<Row> rows, String lhs, Operator op, String rhs) {
        for (Row r : rows) {
            if (r.op == op && ((r.lhs.equals(lhs) && r.rhs.equals(rhs))
                    || (op == Operator.COVARIANCE && r.lhs.equals(rhs) && r.rhs.equals(lhs)))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Union–find over labels for {@code ==} constraints. */
    private static final class UnionFind {
        private final Map<String, String> parent = new LinkedHashMap<>();

        String find(String x) {
            String p = parent.getOrDefault(x, x);
            if (p.equals(x)) {
                return x;
            }
            String root = find(p);
            parent.put(x, root);
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(rb, ra);
            }
        }
    }
}
