package org.synergos.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.format.CellText;
import org.synergos.model.ExpectedSign;
import org.synergos.model.Framework;
import org.synergos.model.Hypothesis;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.StructuralPath;

/**
 * Reads the tested effects out of an engine's tables: PLS-SEM's {@code structural-model} and
 * {@code indirect-effects} tables, CB-SEM's {@code parameters} table (regressions {@code ~} as standardised β
 * with z, mediation effects {@code :=}). Hypothesis labels and expected signs come from the model, matched
 * by the effect's construct codes, so a table row and a model hypothesis meet even when labels are missing.
 */
final class Findings {

    private final Framework model;
    private final AnalysisResult result;

    Findings(Framework model, AnalysisResult result) {
        this.model = model;
        this.result = result;
    }

    /** Direct effects (structural paths), in table order. */
    List<Finding> paths() {
        List<Finding> findings = new ArrayList<>();
        result.table("structural-model").filter(t -> has(t, "path") && has(t, "beta")).ifPresent(table -> {
            for (int r = 0; r < table.rows().size(); r++) {
                String effect = text(table, r, "path");
                StructuralPath path = pathOf(effect);
                String label = has(table, "hypothesis") ? text(table, r, "hypothesis") : "";
                findings.add(finding(table, r, label.isEmpty() ? labelOf(path) : label, effect, "beta", "t", "p",
                        signOf(path)));
            }
        });
        if (findings.isEmpty()) {
            result.table("parameters").filter(t -> has(t, "op") && has(t, "std.all")).ifPresent(table -> {
                for (int r = 0; r < table.rows().size(); r++) {
                    if ("~".equals(text(table, r, "op")) && isFirstGroup(table, r)) {
                        String effect = text(table, r, "rhs") + " → " + text(table, r, "lhs");
                        StructuralPath path = pathOf(effect);
                        findings.add(finding(table, r, labelOf(path), effect, "std.all", "z", "pvalue", signOf(path)));
                    }
                }
            });
        }
        return findings;
    }

    /** Specific indirect effects, in table order. */
    List<Finding> indirectEffects() {
        List<Finding> findings = new ArrayList<>();
        result.table("indirect-effects").filter(t -> has(t, "effect") && has(t, "estimate")).ifPresent(table -> {
            for (int r = 0; r < table.rows().size(); r++) {
                String effect = text(table, r, "effect");
                MediationHypothesis mediation = mediationOf(effect);
                String label = has(table, "hypothesis") ? text(table, r, "hypothesis") : "";
                findings.add(finding(table, r, label.isEmpty() ? labelOf(mediation) : label, effect, "estimate", "t",
                        "p", signOf(mediation)));
            }
        });
        if (findings.isEmpty()) {
            result.table("parameters").filter(t -> has(t, "op") && has(t, "est")).ifPresent(table -> {
                for (int r = 0; r < table.rows().size(); r++) {
                    if (":=".equals(text(table, r, "op")) && isFirstGroup(table, r)) {
                        MediationHypothesis mediation = mediationDefinedAs(text(table, r, "lhs"));
                        if (mediation != null) {
                            findings.add(finding(table, r, labelOf(mediation), DiagramText.chain(mediation), "est",
                                    "z", "pvalue", signOf(mediation)));
                        }
                    }
                }
            });
        }
        return findings;
    }

    private static Finding finding(ResultTable table, int row, String label, String effect, String estimateColumn,
            String statisticColumn, String pColumn, ExpectedSign sign) {
        return new Finding(label, effect, formatted(table, row, estimateColumn), number(table, row, estimateColumn),
                statisticColumn, formatted(table, row, statisticColumn), formatted(table, row, pColumn),
                number(table, row, pColumn), sign);
    }

    private StructuralPath pathOf(String effect) {
        for (StructuralPath path : model.getPaths()) {
            if (path.getSource() != null && path.getTarget() != null
                    && effect.equals(DiagramText.code(path.getSource()) + " → " + DiagramText.code(path.getTarget()))) {
                return path;
            }
        }
        return null;
    }

    private MediationHypothesis mediationOf(String chain) {
        for (MediationHypothesis mediation : model.getMediations()) {
            if (mediation.getSource() != null && mediation.getTarget() != null
                    && chain.equals(DiagramText.chain(mediation))) {
                return mediation;
            }
        }
        return null;
    }

    /** The mediation whose CB-SEM defined parameter is {@code ind_<label or id>}. */
    private MediationHypothesis mediationDefinedAs(String name) {
        for (MediationHypothesis mediation : model.getMediations()) {
            String key = mediation.getLabel() == null ? mediation.getId() : mediation.getLabel();
            if (mediation.getSource() != null && mediation.getTarget() != null && name.equals("ind_" + key)) {
                return mediation;
            }
        }
        return null;
    }

    private static String labelOf(Hypothesis hypothesis) {
        return hypothesis == null || hypothesis.getLabel() == null ? "" : hypothesis.getLabel().strip();
    }

    private static ExpectedSign signOf(Hypothesis hypothesis) {
        return hypothesis == null || hypothesis.getExpectedSign() == null ? ExpectedSign.UNSPECIFIED
                : hypothesis.getExpectedSign();
    }

    /**
     * Whether a row belongs to the first group: the group of the table's first row with one (engines list
     * group 1 first, by number or, as cb-sem, by label); rows without a group (defined effects) count as first.
     */
    static boolean isFirstGroup(ResultTable table, int row) {
        if (!has(table, "group")) {
            return true;
        }
        int column = table.columnIndex("group");
        Object group = table.rows().get(row).get(column);
        Object first = table.rows().stream().map(r -> r.get(column)).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
        return group == null || group.equals(first);
    }

    static boolean has(ResultTable table, String columnId) {
        return table.columns().stream().anyMatch(c -> c.id().equals(columnId));
    }

    static String text(ResultTable table, int row, String columnId) {
        Object cell = table.rows().get(row).get(table.columnIndex(columnId));
        return cell == null ? "" : cell.toString().strip();
    }

    /** The cell exactly as the tables print it; "" when the column is missing. */
    static String formatted(ResultTable table, int row, String columnId) {
        if (!has(table, columnId)) {
            return "";
        }
        int column = table.columnIndex(columnId);
        ResultColumn definition = table.columns().get(column);
        return CellText.format(definition, table.rows().get(row).get(column));
    }

    static double number(ResultTable table, int row, String columnId) {
        if (!has(table, columnId)) {
            return Double.NaN;
        }
        Object cell = table.rows().get(row).get(table.columnIndex(columnId));
        return cell instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
