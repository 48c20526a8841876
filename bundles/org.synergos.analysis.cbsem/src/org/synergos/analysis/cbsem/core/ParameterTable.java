package org.synergos.analysis.cbsem.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The canonical intermediate representation of a CB-SEM (after lavaan's parameter table): one {@link
 * Parameter} row per model parameter and group, with defaults already applied, plus the observed and
 * latent variable names and the group labels. Immutable.
 */
public final class ParameterTable {

    private final List<Parameter> rows;
    private final List<String> observed;
    private final List<String> latent;
    private final List<String> groupLabels;
    private final boolean meanStructure;
    private final int freeCount;

    /**
     * @param rows rows (ids 1..n in order)
     * @param observed observed variables in model order
     * @param latent latent variables in model order
     * @param groupLabels one label per group (a single empty label for one group)
     * @param meanStructure whether intercepts/means are modelled
     */
    public ParameterTable(List<Parameter> rows, List<String> observed, List<String> latent,
            List<String> groupLabels, boolean meanStructure) {
        this.rows = List.copyOf(rows);
        this.observed = List.copyOf(observed);
        this.latent = List.copyOf(latent);
        this.groupLabels = List.copyOf(groupLabels);
        this.meanStructure = meanStructure;
        int max = 0;
        for (Parameter p : rows) {
            max = Math.max(max, p.free());
        }
        this.freeCount = max;
    }

    public List<Parameter> rows() {
        return rows;
    }

    public List<String> observed() {
        return observed;
    }

    public List<String> latent() {
        return latent;
    }

    public List<String> groupLabels() {
        return groupLabels;
    }

    public int groupCount() {
        return groupLabels.size();
    }

    public boolean meanStructure() {
        return meanStructure;
    }

    /** Number of distinct free parameters (lavaan {@code npar}). */
    public int freeCount() {
        return freeCount;
    }

    /** Rows of one group (1-based), excluding {@code :=} and {@code ==} rows. */
    public List<Parameter> groupRows(int group) {
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : rows) {
            if (p.group() == group) {
                out.add(p);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The {@code :=} rows. */
    public List<Parameter> definedRows() {
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : rows) {
            if (p.op() == Operator.DEFINED) {
                out.add(p);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The row {@code lhs op rhs} in {@code group}, or {@code null}. */
    public Parameter find(String lhs, Operator op, String rhs, int group) {
        for (Parameter p : rows) {
            if (p.group() == group && p.op() == op && p.lhs().equals(lhs) && p.rhs().equals(rhs)) {
                return p;
            }
            if (op == Operator.COVARIANCE && p.group() == group && p.op() == op && p.lhs().equals(rhs)
                    && p.rhs().equals(lhs)) {
                return p;
            }
        }
        return null;
    }

    /** All labels in use. */
    public Set<String> labels() {
        Set<String> out = new LinkedHashSet<>();
        for (Parameter p : rows) {
            if (!p.label().isEmpty() && p.op() != Operator.DEFINED) {
                out.add(p.label());
            }
        }
        return out;
    }

    /** A copy in which {@code row} is replaced (same id) — used to derive nested models. */
    public ParameterTable withRow(Parameter row) {
        List<Parameter> copy = new ArrayList<>(rows);
        copy.set(row.id() - 1, row);
        return new ParameterTable(copy, observed, latent, groupLabels, meanStructure);
    }

    /** A copy with {@code extra} rows appended (ids must continue the numbering). */
    public ParameterTable withRows(List<Parameter> extra) {
        List<Parameter> copy = new ArrayList<>(rows);
        copy.addAll(extra);
        return new ParameterTable(copy, observed, latent, groupLabels, meanStructure);
    }

    /** lavaan-like text rendering. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("id lhs op rhs group free value label\n");
        for (Parameter p : rows) {
            sb.append(p.id()).append(' ').append(p.lhs()).append(' ').append(p.op().symbol()).append(' ')
                    .append(p.rhs()).append(' ').append(p.group()).append(' ').append(p.free()).append(' ')
                    .append(p.value()).append(' ').append(p.label()).append('\n');
        }
        return sb.toString();
    }
}
