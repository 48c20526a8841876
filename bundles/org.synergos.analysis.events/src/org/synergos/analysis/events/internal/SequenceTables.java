package org.synergos.analysis.events.internal;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.api.ColumnFormat;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;

/** Cross-case tables: transition rates, frequent subsequences, OM distances, clusters. */
final class SequenceTables {

    static final String CASES = "sequences";
    static final String TRANSITIONS = "transition-rates";
    static final String SUBSEQUENCES = "frequent-subsequences";
    static final String DISTANCES = "om-distances";
    static final String CLUSTERS = "clusters";
    static final String MERGES = "cluster-merges";

    private SequenceTables() {
    }

    static ResultTable cases(List<EventCase> cases) {
        ResultTable.Builder table = ResultTable.builder(CASES, "Event-type sequences per case")
                .column(ResultColumn.text("case", "Case")).column(ResultColumn.integer("length", "Events"))
                .column(ResultColumn.text("sequence", "Sequence"));
        cases.forEach(c -> table.row(c.name(), c.events().size(), String.join(" → ", c.types())));
        return table.build();
    }

    static ResultTable transitions(TransitionRates rates) {
        ResultTable.Builder table = ResultTable.builder(TRANSITIONS, "Transition rates between event types")
                .column(ResultColumn.text("from", "From \\ to"));
        rates.types().forEach(t -> table.column(ResultColumn.decimal(t, t, 2)));
        table.column(ResultColumn.integer("n.transitions", "Transitions"));
        for (int i = 0; i < rates.types().size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(rates.types().get(i));
            for (int j = 0; j < rates.types().size(); j++) {
                row.add(rates.rate(i, j));
            }
            row.add(rates.outgoing(i));
            table.row(row);
        }
        return table.note("P(next type = column | type = row) over consecutive events within cases (TraMineR "
                + "seqtrate definition); empty rows: the type is never followed by another event.").build();
    }

    static ResultTable subsequences(List<FrequentSubsequences> found, double minSupport, int cases) {
        ResultTable.Builder table = ResultTable.builder(SUBSEQUENCES, "Frequent subsequences of event types")
                .column(ResultColumn.text("subsequence", "Subsequence")).column(ResultColumn.integer("length", "Length"))
                .column(ResultColumn.integer("cases", "Cases"))
                .column(new ResultColumn("support", "Support", "", ColumnFormat.PERCENT, 1));
        found.forEach(f -> table.row(f.text(), f.pattern().size(), f.cases(), f.support()));
        return table.note("Ordered, not necessarily adjacent subsequences in at least " + Math.round(minSupport * 100)
                + "% of " + cases + " cases.").build();
    }

    static ResultTable distances(List<EventCase> cases, double[][] d, double substitution, double indel) {
        ResultTable.Builder table = ResultTable.builder(DISTANCES, "Optimal-matching distances between cases")
                .column(ResultColumn.text("case", "Case"));
        cases.forEach(c -> table.column(ResultColumn.decimal(c.name(), c.name(), 2)));
        for (int i = 0; i < cases.size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(cases.get(i).name());
            for (double value : d[i]) {
                row.add(value);
            }
            table.row(row);
        }
        return table.note("Optimal matching (Abbott & Tsay 2000): substitution cost " + substitution + ", indel cost "
                + indel + ".").build();
    }

    static ResultTable clusters(List<EventCase> cases, int[] membership, String linkage, int k) {
        ResultTable.Builder table = ResultTable.builder(CLUSTERS, "Clusters of cases")
                .column(ResultColumn.text("case", "Case")).column(ResultColumn.integer("cluster", "Cluster"));
        for (int i = 0; i < cases.size(); i++) {
            table.row(cases.get(i).name(), membership[i]);
        }
        return table.note("Agglomerative clustering of the OM distances, " + linkage + " linkage, cut into " + k
                + " clusters.").build();
    }

    static ResultTable merges(List<EventCase> cases, List<Agglomerative.Merge> merges) {
        ResultTable.Builder table = ResultTable.builder(MERGES, "Merge steps of the clustering")
                .column(ResultColumn.integer("step", "Step")).column(ResultColumn.text("left", "Cluster A"))
                .column(ResultColumn.text("right", "Cluster B")).column(ResultColumn.decimal("height", "Height", 3));
        for (int s = 0; s < merges.size(); s++) {
            Agglomerative.Merge m = merges.get(s);
            table.row(s + 1, names(cases, m.left()), names(cases, m.right()), m.height());
        }
        return table.build();
    }

    private static String names(List<EventCase> cases, List<Integer> members) {
        return String.join(", ", members.stream().map(i -> cases.get(i).name()).toList());
    }
}
