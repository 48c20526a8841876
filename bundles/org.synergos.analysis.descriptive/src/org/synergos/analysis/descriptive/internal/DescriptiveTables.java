package org.synergos.analysis.descriptive.internal;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;

/** Lays the statistics out as the engine's two result tables. */
final class DescriptiveTables {

    static final String SUMMARIES = "descriptives";
    static final String CORRELATIONS = "correlations";

    private DescriptiveTables() {
    }

    static ResultTable summaries(List<ColumnSummary> summaries) {
        ResultTable.Builder table = ResultTable.builder(SUMMARIES, "Descriptive statistics")
                .column(ResultColumn.text("variable", "Variable"))
                .column(ResultColumn.integer("n", "N"))
                .column(ResultColumn.integer("missing", "Missing"))
                .column(ResultColumn.decimal("mean", "M", 3))
                .column(ResultColumn.decimal("sd", "SD", 3))
                .column(ResultColumn.decimal("skewness", "Skewness", 3))
                .column(ResultColumn.decimal("kurtosis", "Kurtosis", 3))
                .column(ResultColumn.decimal("min", "Min", 3))
                .column(ResultColumn.decimal("max", "Max", 3))
                .note("SD with n − 1; skewness and excess kurtosis are the bias-adjusted G1 and G2.");
        for (ColumnSummary s : summaries) {
            table.row(s.column().label(), s.n(), s.missing(), s.mean(), s.sd(), s.skewness(), s.kurtosis(), s.min(),
                    s.max());
        }
        return table.build();
    }

    static ResultTable correlations(CorrelationMatrix matrix) {
        ResultTable.Builder table = ResultTable.builder(CORRELATIONS, "Pearson correlations")
                .column(ResultColumn.text("variable", "Variable"));
        for (SelectedColumn column : matrix.columns()) {
            table.column(ResultColumn.decimal(column.label(), column.label(), 3));
        }
        for (int i = 0; i < matrix.columns().size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(matrix.columns().get(i).label());
            for (int j = 0; j < matrix.columns().size(); j++) {
                row.add(matrix.r()[i][j]);
            }
            table.row(row);
        }
        return table.note("N per coefficient: " + matrix.describeN()).build();
    }
}
