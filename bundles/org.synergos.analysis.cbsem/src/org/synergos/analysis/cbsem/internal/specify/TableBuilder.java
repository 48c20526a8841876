package org.synergos.analysis.cbsem.internal.specify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.synergos.analysis.cbsem.core.GroupEquality;
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
 * automatic {@code .pN.} labels for {@code group.equal}. Rows sharing a label (or joined by
 * {@code ==}) share one free-parameter index.
 */
public final class TableBuilder {

    private final ModelSpecification spec;
    private final List<String> groupLabels;
    private final boolean meanStructure;
    private final Set<GroupEquality> groupEqual;
    private final boolean fixedX;
    private final List<String> latent = new ArrayList<>();
    private final List<String> observed = new ArrayList<>();

    public TableBuilder(ModelSpecification spec, List<String> groupLabels, boolean meanStructure,
            Set<GroupEquality> groupEqual, boolean fixedX) {
        this.spec = spec;
        this.groupLabels = groupLabels;
        this.meanStructure = meanStructure;
        this.groupEqual = groupEqual;
        this.fixedX = fixedX;
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
        List<String> exoObserved = new ArrayList<>();
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
                if (s.op() == Operator.DEFINED || s.op() == Operator.EQUALITY) {
                    continue;
                }
                Modifier mod = s.modifier();
                boolean fixed = mod.isFixed();
                double value = fixed ? mod.fixed() : mod.start();
                if (s.op() == Operator.LOADING && firstSeen.add(s.lhs()) && !fixed && !mod.forceFree()) {
                    fixed = true;
                    value = 1.0;
                }
                String rhs = s.rhs();
                if (has(groupRows, s.lhs(), s.op(), rhs)) {
                    throw new SemException("duplicate statement '" + s + "'");
                }
                groupRows.add(new Row(s.lhs(), s.op(), rhs, g, fixed, value, mod.label(), true));
            }
            for (String v : concat(observed, latent)) {
                if (!has(groupRows, v, Operator.COVARIANCE, v)) {
                    boolean fx = fixedX && exoObserved.contains(v);
                    groupRows.add(new Row(v, Operator.COVARIANCE, v, g, fx, Double.NaN, "", false));
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
                        boolean free = g > 1 && groupEqual.contains(GroupEquality.INTERCEPTS);
                        groupRows.add(new Row(v, Operator.INTERCEPT, "", g, !free, free ? Double.NaN : 0.0, "", false));
                    }
                }
            }
            rows.addAll(groupRows);
        }
        if (groupLabels.size() > 1) {
            rows = applyGroupEquality(rows);
        }
        return number(rows);
    }

    private List<Row> applyGroupEquality(List<Row> rows) {
        int perGroup = rows.size() / groupLabels.size();
        List<Row> out = new ArrayList<>(rows);
        for (int i = 0; i < perGroup; i++) {
            Row r = rows.get(i);
            boolean equal = (r.op == Operator.LOADING && groupEqual.contains(GroupEquality.LOADINGS))
                    || (r.op == Operator.INTERCEPT && observed.contains(r.lhs)
                            && groupEqual.contains(GroupEquality.INTERCEPTS));
            if (!equal || r.fixed || !r.label.isEmpty()) {
                continue;
            }
            String label = ".p" + (i + 1) + ".";
            for (int g = 0; g < groupLabels.size(); g++) {
                Row x = out.get(g * perGroup + i);
                out.set(g * perGroup + i, new Row(x.lhs, x.op, x.rhs, x.group, x.fixed, x.value, label, x.user));
            }
        }
        return out;
    }

    private ParameterTable number(List<Row> rows) {
        UnionFind labels = new UnionFind();
        for (Statement s : spec.statements()) {
            if (s.op() == Operator.EQUALITY) {
                labels.union(s.lhs(), s.rhs());
            }
        }
        Map<String, Integer> freeByLabel = new HashMap<>();
        List<Parameter> out = new ArrayList<>();
        int next = 1;
        for (Row r : rows) {
            int free = 0;
            if (!r.fixed) {
                if (r.label.isEmpty()) {
                    free = next++;
                } else {
                    String root = labels.find(r.label);
                    Integer known = freeByLabel.get(root);
                    if (known == null) {
                        known = next++;
                        freeByLabel.put(root, known);
                    }
                    free = known;
                }
            }
            out.add(new Parameter(out.size() + 1, r.lhs, r.op, r.rhs, r.group, free, r.value, r.label, r.user));
        }
        for (Statement s : spec.statements()) {
            if (s.op() == Operator.DEFINED) {
                out.add(new Parameter(out.size() + 1, s.lhs(), Operator.DEFINED, s.rhs(), 0, 0, Double.NaN, s.lhs(),
                        true));
            } else if (s.op() == Operator.EQUALITY) {
                out.add(new Parameter(out.size() + 1, s.lhs(), Operator.EQUALITY, s.rhs(), 0, 0, Double.NaN, "", true));
            }
        }
        return new ParameterTable(out, observed, latent, groupLabels, meanStructure);
    }

    private void classify() {
        for (Statement s : spec.statements()) {
            if (s.op() == Operator.LOADING && !latent.contains(s.lhs())) {
                latent.add(s.lhs());
            }
        }
        for (Statement s : spec.statements()) {
            if (s.op() == Operator.DEFINED || s.op() == Operator.EQUALITY) {
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
