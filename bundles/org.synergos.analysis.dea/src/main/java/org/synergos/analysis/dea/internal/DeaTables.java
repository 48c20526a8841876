package org.synergos.analysis.dea.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.dea.internal.CrossSection.Evaluation;

/**
 * The DEA engine's tables, rows keyed by DMU id (and period): {@code dea-efficiency} (CRS, VRS, scale,
 * returns to scale, super-efficiency, peers), {@code dea-slacks} and {@code dea-lambdas}.
 */
public final class DeaTables {

    public static final String EFFICIENCY = "dea-efficiency";
    public static final String SLACKS = "dea-slacks";
    public static final String LAMBDAS = "dea-lambdas";

    private final Units.Columns columns;
    private final Returns rts;
    private final Orientation orientation;
    private final List<CrossSection.Result> results;

    public DeaTables(Units.Columns columns, Returns rts, Orientation orientation, List<CrossSection.Result> results) {
        this.columns = columns;
        this.rts = rts;
        this.orientation = orientation;
        this.results = results;
    }

    public void addTo(AnalysisResult.Builder builder) {
        builder.table(efficiency()).table(slacks()).table(lambdas());
    }

    private String model() {
        return rts.id().toUpperCase(Locale.ROOT);
    }

    private ResultTable.Builder keyed(String id, String title) {
        ResultTable.Builder table = ResultTable.builder(id, title).column(ResultColumn.text("dmu", "DMU"));
        if (columns.period() != null) {
            table.column(ResultColumn.text("period", "Period"));
        }
        return table;
    }

    private List<Object> key(Evaluation e) {
        List<Object> row = new ArrayList<>();
        row.add(e.unit().id());
        if (columns.period() != null) {
            row.add(e.unit().period());
        }
        return row;
    }

    private List<Evaluation> all() {
        return results.stream().flatMap(r -> r.evaluations().stream()).toList();
    }

    private String scoreNote() {
        return orientation == Orientation.IN
                ? "Input-oriented scores θ: the smallest share of its inputs with which a DMU could still produce its"
                        + " outputs within the frontier (1 = on the frontier)."
                : "Output-oriented scores 1/φ, where φ ≥ 1 is the largest factor by which a DMU's outputs could grow"
                        + " with its inputs within the frontier (1 = on the frontier).";
    }

    private String sectionNote() {
        return columns.period() == null ? "" : " Each period is evaluated against its own frontier.";
    }

    ResultTable efficiency() {
        ResultTable.Builder table = keyed(EFFICIENCY, "DEA efficiency scores (" + orientation.description() + ")")
                .column(ResultColumn.decimal("crs", "CRS (CCR)", 4)).column(ResultColumn.decimal("vrs", "VRS (BCC)", 4))
                .column(ResultColumn.decimal("scale", "Scale", 4)).column(ResultColumn.text("rts", "RTS"))
                .column(ResultColumn.decimal("super", "Super-efficiency (" + model() + ")", 4))
                .column(ResultColumn.text("peers", "Peers (" + model() + ")"));
        for (CrossSection.Result result : results) {
            List<Units.Unit> units = result.units();
            for (Evaluation e : result.evaluations()) {
                List<Object> row = key(e);
                row.add(e.crs());
                row.add(e.vrs());
                row.add(e.scale());
                row.add(e.returnsClass());
                row.add(e.superScore());
                row.add(peers(e, units));
                table.row(row);
            }
        }
        table.note(scoreNote() + " Scale = CRS/VRS. RTS: returns to scale at the DMU's projection — crs when CRS = VRS,"
                + " otherwise drs when the non-increasing-returns score equals the VRS score, else irs (as DEAP)."
                + " Super-efficiency (Andersen & Petersen 1993): the score against the other DMUs only (above 1 for an"
                + " efficient DMU; empty where that programme has no solution). Peers: DMUs with positive intensity λ in the"
                + " second-stage solution." + sectionNote());
        return table.build();
    }

    private static String peers(Evaluation e, List<Units.Unit> units) {
        List<String> peers = new ArrayList<>();
        for (int j = 0; j < e.lambda().length; j++) {
            if (e.lambda()[j] > 0) {
                peers.add(units.get(j).id());
            }
        }
        return String.join(", ", peers);
    }

    ResultTable slacks() {
        ResultTable.Builder table = keyed(SLACKS, "DEA slacks (" + model() + ", " + orientation.description() + ")")
                .column(ResultColumn.decimal("score", "Efficiency", 4));
        for (String input : columns.inputs()) {
            table.column(ResultColumn.decimal("slack." + input, "s⁻ " + input, 4));
        }
        for (String output : columns.outputs()) {
            table.column(ResultColumn.decimal("slack." + output, "s⁺ " + output, 4));
        }
        table.column(ResultColumn.text("efficient", "Efficient"));
        for (Evaluation e : all()) {
            List<Object> row = key(e);
            row.add(e.score());
            boolean slackFree = true;
            for (double v : e.inputSlacks()) {
                row.add(v);
                slackFree &= v == 0;
            }
            for (double v : e.outputSlacks()) {
                row.add(v);
                slackFree &= v == 0;
            }
            row.add(Math.abs(e.score() - 1) <= CrossSection.RTS_TOLERANCE && slackFree ? "yes" : "no");
            table.row(row);
        }
        table.note(scoreNote() + " Slacks (in the data's units): the second stage maximises the sum of input slacks s⁻"
                + " and output slacks s⁺ with the score fixed (as Benchmarking's slack() and DEAP). Efficient: score 1 and"
                + " no slack (Pareto–Koopmans)." + sectionNote());
        return table.build();
    }

    ResultTable lambdas() {
        Set<String> peers = new LinkedHashSet<>();
        for (CrossSection.Result result : results) {
            for (Evaluation e : result.evaluations()) {
                for (int j = 0; j < e.lambda().length; j++) {
                    if (e.lambda()[j] > 0) {
                        peers.add(result.units().get(j).id());
                    }
                }
            }
        }
        ResultTable.Builder table = keyed(LAMBDAS, "DEA intensities λ (" + model() + ", " + orientation.description() + ")")
                .column(ResultColumn.decimal("lambda-sum", "Σλ", 4));
        for (String peer : peers) {
            table.column(ResultColumn.decimal("lambda." + peer, "λ " + peer, 4));
        }
        for (CrossSection.Result result : results) {
            for (Evaluation e : result.evaluations()) {
                List<Object> row = key(e);
                double sum = 0;
                for (double v : e.lambda()) {
                    sum += v;
                }
                row.add(sum);
                for (String peer : peers) {
                    int j = indexOf(result.units(), peer);
                    row.add(j < 0 || e.lambda()[j] == 0 ? null : e.lambda()[j]);
                }
                table.row(row);
            }
        }
        table.note("Intensities of the second-stage (max-slack) solution; one column per DMU that is a peer of some DMU,"
                + " empty = 0. Σλ > 1 under CRS points to decreasing, < 1 to increasing returns (not unique when"
                + " the programme has several optima; the RTS column of " + EFFICIENCY + " does not rely on it)."
                + sectionNote());
        return table.build();
    }

    private static int indexOf(List<Units.Unit> units, String id) {
        for (int j = 0; j < units.size(); j++) {
            if (units.get(j).id().equals(id)) {
                return j;
            }
        }
        return -1;
    }
}
