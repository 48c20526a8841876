package org.synergos.analysis.contribution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ResultTable;
import org.synergos.model.StructuralPath;
import org.synergos.model.helpers.ElementLabels;

/**
 * Reads the predictors' coefficients out of the called engine's tables: CB-SEM's lavaan-style
 * {@code parameters} table (lhs, op, rhs, group, est, se, z, pvalue, ci.lower, ci.upper, std.lv, std.all;
 * regression rows {@code outcome ~ predictor}) or PLS-SEM's {@code structural-model} table (hypothesis,
 * path "A → B", beta, mean, sd, t, p, ci.lower, ci.upper).
 */
final class CalledTables {

    static final String CBSEM_TABLE = "parameters";
    static final String PLS_TABLE = "structural-model";

    private CalledTables() {
    }

    static List<Coefficient> read(String via, AnalysisResult called, String outcome, List<StructuralPath> paths,
            List<Message> messages) {
        String tableId = via.equals(ContributionEngine.PLS) ? PLS_TABLE : CBSEM_TABLE;
        Optional<ResultTable> table = called.table(tableId);
        if (table.isEmpty()) {
            messages.add(Message.error("engine '" + via + "' returned no '" + tableId + "' table", ""));
            return List.of();
        }
        List<Coefficient> coefficients = new ArrayList<>();
        for (StructuralPath path : paths) {
            String predictor = ElementLabels.name(path.getSource());
            Optional<List<Object>> row = via.equals(ContributionEngine.PLS) ? plsRow(table.get(), predictor, outcome)
                    : cbsemRow(table.get(), predictor, outcome);
            if (row.isEmpty()) {
                messages.add(Message.warning(ElementLabels.of(path) + " has no estimate in the '" + tableId
                        + "' table of engine '" + via + "' (fixed or not estimated); left out", path.getId()));
                continue;
            }
            coefficients.add(via.equals(ContributionEngine.PLS) ? pls(table.get(), row.get(), path)
                    : cbsem(table.get(), row.get(), path));
        }
        return coefficients;
    }

    private static Optional<List<Object>> cbsemRow(ResultTable table, String predictor, String outcome) {
        int lhs = table.columnIndex("lhs");
        int op = table.columnIndex("op");
        int rhs = table.columnIndex("rhs");
        int group = columnOrMinusOne(table, "group");
        // the first group is the one listed first (group 1, or cb-sem's first group label)
        Object first = group < 0 ? null : table.rows().stream().map(r -> r.get(group)).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return table.rows().stream().filter(r -> "~".equals(r.get(op)) && outcome.equals(r.get(lhs))
                && predictor.equals(r.get(rhs)) && (group < 0 || r.get(group) == null || r.get(group).equals(first)))
                .findFirst();
    }

    private static Optional<List<Object>> plsRow(ResultTable table, String predictor, String outcome) {
        int path = table.columnIndex("path");
        String label = predictor + " → " + outcome;
        return table.rows().stream().filter(r -> label.equals(r.get(path))).findFirst();
    }

    private static Coefficient cbsem(ResultTable table, List<Object> row, StructuralPath path) {
        return new Coefficient(path, cell(table, row, "std.all"), cell(table, row, "est"), cell(table, row, "se"),
                cell(table, row, "ci.lower"), cell(table, row, "ci.upper"), cell(table, row, "z"),
                cell(table, row, "pvalue"));
    }

    private static Coefficient pls(ResultTable table, List<Object> row, StructuralPath path) {
        return new Coefficient(path, cell(table, row, "beta"), Double.NaN, cell(table, row, "sd"),
                cell(table, row, "ci.lower"), cell(table, row, "ci.upper"), cell(table, row, "t"),
                cell(table, row, "p"));
    }

    /** The numeric cell, NaN when the column is absent (e.g. PLS without bootstrap) or the cell is empty. */
    private static double cell(ResultTable table, List<Object> row, String column) {
        int index = columnOrMinusOne(table, column);
        return index < 0 ? Double.NaN : number(row.get(index));
    }

    private static int columnOrMinusOne(ResultTable table, String column) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).id().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    private static double number(Object cell) {
        return cell instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
