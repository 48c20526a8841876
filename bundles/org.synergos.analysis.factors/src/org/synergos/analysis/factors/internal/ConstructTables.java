package org.synergos.analysis.factors.internal;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.model.Named;

/** Construct-level descriptives and correlations (paper E, Table 1 layout) beside reported values. */
final class ConstructTables {

    static final String DESCRIPTIVES = "construct-descriptives";
    static final String CORRELATIONS = "construct-correlations";
    static final String CORRELATION_PAIRS = "construct-correlation-pairs";

    private ConstructTables() {
    }

    static ResultTable descriptives(List<ConstructStatistics> statistics, ReportedValues reported) {
        ResultTable.Builder table = ResultTable.builder(DESCRIPTIVES, "Construct descriptives (item averages)")
                .column(ResultColumn.text("construct", "Construct")).column(ResultColumn.text("name", "Name"))
                .column(ResultColumn.integer("items", "Items")).column(ResultColumn.integer("n", "n"))
                .column(ResultColumn.decimal("mean", "M", 3)).column(ResultColumn.decimal("sd", "SD", 3))
                .column(ResultColumn.decimal("skewness", "Skewness", 3))
                .column(ResultColumn.decimal("kurtosis", "Kurtosis", 3))
                .column(ResultColumn.decimal("reported-mean", "Reported M", 3))
                .column(ResultColumn.decimal("reported-sd", "Reported SD", 3))
                .column(ResultColumn.text("check", "Check")).column(ResultColumn.text("element", "Element"))
                .note("Construct score = mean of its items per respondent (rows complete on those items); SD with "
                        + "n − 1; skewness and excess kurtosis are the bias-adjusted G1 and G2.");
        for (ConstructStatistics s : statistics) {
            var construct = s.scores().construct();
            double mean = reported.of(construct, "mean");
            double sd = reported.of(construct, "sd");
            table.row(s.scores().code(), name(construct), s.scores().columns().size(), s.n(), s.mean(), s.sd(),
                    s.skewness(), s.kurtosis(), mean, sd, check(s.mean(), mean, s.sd(), sd), construct.getId());
        }
        return table.build();
    }

    static ResultTable matrix(ConstructCorrelations correlations) {
        ResultTable.Builder table = ResultTable.builder(CORRELATIONS, "Correlations of construct scores")
                .column(ResultColumn.text("construct", "Construct"));
        List<ConstructScores> constructs = correlations.constructs();
        constructs.forEach(c -> table.column(ResultColumn.decimal(c.code(), c.code(), 3)));
        for (int i = 0; i < constructs.size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(constructs.get(i).code());
            for (int j = 0; j < constructs.size(); j++) {
                row.add(correlations.r(i, j));
            }
            table.row(row);
        }
        return table.note("Pearson correlations of item-average scores, pairwise deletion.").build();
    }

    static ResultTable pairs(ConstructCorrelations correlations, ReportedValues reported) {
        ResultTable.Builder table = ResultTable.builder(CORRELATION_PAIRS, "Construct correlations beside reported")
                .column(ResultColumn.text("pair", "Pair")).column(ResultColumn.integer("n", "n"))
                .column(ResultColumn.decimal("r", "r", 3)).column(ResultColumn.decimal("reported", "Reported r", 3))
                .column(ResultColumn.text("check", "Check"))
                .note("Reported values: statistic correlation_with_<code> on either construct.");
        List<ConstructScores> constructs = correlations.constructs();
        for (int i = 0; i < constructs.size(); i++) {
            for (int j = i + 1; j < constructs.size(); j++) {
                ConstructScores a = constructs.get(i);
                ConstructScores b = constructs.get(j);
                double paper = reported.of(a.construct(), "correlation_with_" + b.code());
                if (Double.isNaN(paper)) {
                    paper = reported.of(b.construct(), "correlation_with_" + a.code());
                }
                table.row(a.code() + " – " + b.code(), correlations.n(i, j), correlations.r(i, j), paper,
                        check(correlations.r(i, j), paper, Double.NaN, Double.NaN));
            }
        }
        return table.build();
    }

    private static String check(double value, double reported, double value2, double reported2) {
        if (Double.isNaN(reported) && Double.isNaN(reported2)) {
            return "";
        }
        boolean first = Double.isNaN(reported) || ReportedValues.agrees(value, reported);
        boolean second = Double.isNaN(reported2) || ReportedValues.agrees(value2, reported2);
        return first && second ? "matches" : "differs";
    }

    private static String name(Named element) {
        return element.getName() == null ? "" : element.getName();
    }
}
