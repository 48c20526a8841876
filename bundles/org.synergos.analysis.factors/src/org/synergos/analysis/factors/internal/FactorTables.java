package org.synergos.analysis.factors.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.model.Index;

/** Paper A, Table 2: indices grouped by influencing-factor category, computed beside reported statistics. */
final class FactorTables {

    static final String FACTORS = "influencing-factors";
    static final String NO_CATEGORY = "(no category)";

    private FactorTables() {
    }

    /** Rows grouped by category (categories in order of first appearance, indices in model order). */
    static List<IndexRow> grouped(List<IndexRow> rows) {
        Map<String, List<IndexRow>> byCategory = new LinkedHashMap<>();
        rows.forEach(row -> byCategory.computeIfAbsent(category(row.index()), c -> new ArrayList<>()).add(row));
        List<IndexRow> grouped = new ArrayList<>();
        byCategory.values().forEach(grouped::addAll);
        return grouped;
    }

    static ResultTable factors(List<IndexRow> rows) {
        ResultTable.Builder table = ResultTable.builder(FACTORS, "Influencing factors: specific indices")
                .column(ResultColumn.text("category", "Category")).column(ResultColumn.text("index", "Index"))
                .column(ResultColumn.text("unit", "Unit")).column(ResultColumn.text("source", "Data source"))
                .column(ResultColumn.integer("year", "Year")).column(ResultColumn.integer("n", "n"))
                .column(ResultColumn.decimal("mean", "Mean", 2)).column(ResultColumn.decimal("sd", "SD", 2))
                .column(ResultColumn.decimal("max", "Max", 2)).column(ResultColumn.decimal("min", "Min", 2))
                .column(ResultColumn.decimal("reported-mean", "Reported mean", 2))
                .column(ResultColumn.decimal("reported-sd", "Reported SD", 2))
                .column(ResultColumn.decimal("reported-max", "Reported max", 2))
                .column(ResultColumn.decimal("reported-min", "Reported min", 2))
                .column(ResultColumn.text("check", "Check")).column(ResultColumn.text("element", "Element"))
                .note("Computed from the index's observations (SD with n − 1); \"as reported\": no observations, "
                        + "the reported values stand alone; \"matches\": computed values agree with the reported "
                        + "ones at the reported precision.");
        for (IndexRow row : rows) {
            Index index = row.index();
            Summary c = row.computed();
            Summary r = row.reported();
            table.row(category(index), name(index), text(index.getUnit()), text(index.getDataSourceKind()),
                    index.getYear(), c.n() == 0 ? null : c.n(), c.mean(), c.sd(), c.max(), c.min(), r.mean(), r.sd(),
                    r.max(), r.min(), row.check(), index.getId());
        }
        return table.build();
    }

    static String category(Index index) {
        String category = index.getCategory();
        return category == null || category.isBlank() ? NO_CATEGORY : category;
    }

    static String name(Index index) {
        String name = index.getName();
        return name == null || name.isBlank() ? index.getId() : name;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
