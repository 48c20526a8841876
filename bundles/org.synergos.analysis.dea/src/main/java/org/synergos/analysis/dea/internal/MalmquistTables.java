package org.synergos.analysis.dea.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.dea.internal.Malmquist.Change;

/**
 * The Malmquist engine's tables: {@code malmquist} (per DMU and pair of periods: EFFCH, TECH, M, PECH, SECH),
 * {@code malmquist-summary} (geometric means per pair of periods, as DEAP) and {@code malmquist-distances}
 * (the four distance functions, and the VRS scores behind PECH).
 */
public final class MalmquistTables {

    public static final String INDEX = "malmquist";
    public static final String SUMMARY = "malmquist-summary";
    public static final String DISTANCES = "malmquist-distances";

    private final Units.Columns columns;
    private final Returns rts;
    private final Orientation orientation;
    private final Malmquist.Result result;

    public MalmquistTables(Units.Columns columns, Returns rts, Orientation orientation, Malmquist.Result result) {
        this.columns = columns;
        this.rts = rts;
        this.orientation = orientation;
        this.result = result;
    }

    public void addTo(AnalysisResult.Builder builder) {
        builder.table(index()).table(summary()).table(distances());
    }

    private String note() {
        return "Färe et al. (1994), " + rts.description() + ", " + orientation.description() + " distance functions D (DEA"
                + " scores in (0, 1]" + (orientation == Orientation.OUT ? ", 1/φ" : ", θ") + "); Dˢ(u): period u's data"
                + " against period s's frontier. EFFCH = Dᵗ⁺¹(t+1)/Dᵗ(t); TECH = [Dᵗ(t+1)/Dᵗ⁺¹(t+1) · Dᵗ(t)/Dᵗ⁺¹(t)]^½;"
                + " M = EFFCH × TECH; values above 1 are improvements."
                + (rts == Returns.CRS ? " PECH: the same ratio of VRS scores; SECH = EFFCH/PECH." : "");
    }

    ResultTable index() {
        ResultTable.Builder table = ResultTable.builder(INDEX, "Malmquist productivity index and its decomposition")
                .column(ResultColumn.text("dmu", "DMU")).column(ResultColumn.text("from", "From"))
                .column(ResultColumn.text("to", "To")).column(ResultColumn.decimal("effch", "EFFCH", 4))
                .column(ResultColumn.decimal("tech", "TECH", 4)).column(ResultColumn.decimal("malmquist", "M", 4));
        if (rts == Returns.CRS) {
            table.column(ResultColumn.decimal("pech", "PECH", 4)).column(ResultColumn.decimal("sech", "SECH", 4));
        }
        for (Change c : result.changes()) {
            List<Object> row = new ArrayList<>(List.of(c.dmu(), c.from(), c.to()));
            row.add(c.effch());
            row.add(c.tech());
            row.add(c.malmquist());
            if (rts == Returns.CRS) {
                row.add(c.pech());
                row.add(c.sech());
            }
            table.row(row);
        }
        table.note(note() + " Period column '" + columns.period() + "'; DMUs observed in both periods of a pair."
                + " Empty: a cross-period programme without solution.");
        return table.build();
    }

    ResultTable summary() {
        ResultTable.Builder table = ResultTable.builder(SUMMARY, "Malmquist index: geometric means per pair of periods")
                .column(ResultColumn.text("from", "From")).column(ResultColumn.text("to", "To"))
                .column(ResultColumn.integer("n", "n")).column(ResultColumn.decimal("effch", "EFFCH", 4))
                .column(ResultColumn.decimal("tech", "TECH", 4)).column(ResultColumn.decimal("malmquist", "M", 4));
        if (rts == Returns.CRS) {
            table.column(ResultColumn.decimal("pech", "PECH", 4)).column(ResultColumn.decimal("sech", "SECH", 4));
        }
        Map<String, List<Change>> pairs = new LinkedHashMap<>();
        for (Change c : result.changes()) {
            pairs.computeIfAbsent(c.from() + "\u0000" + c.to(), k -> new ArrayList<>()).add(c);
        }
        for (List<Change> pair : pairs.values()) {
            List<Object> row = new ArrayList<>(List.of(pair.get(0).from(), pair.get(0).to(), pair.size()));
            row.add(Malmquist.geometricMean(pair.stream().map(Change::effch).toList()));
            row.add(Malmquist.geometricMean(pair.stream().map(Change::tech).toList()));
            row.add(Malmquist.geometricMean(pair.stream().map(Change::malmquist).toList()));
            if (rts == Returns.CRS) {
                row.add(Malmquist.geometricMean(pair.stream().map(Change::pech).toList()));
                row.add(Malmquist.geometricMean(pair.stream().map(Change::sech).toList()));
            }
            table.row(row);
        }
        table.note("Geometric means over the DMUs of each pair of periods (as DEAP), of the defined values. " + note());
        return table.build();
    }

    ResultTable distances() {
        ResultTable.Builder table = ResultTable.builder(DISTANCES, "Malmquist index: distance functions")
                .column(ResultColumn.text("dmu", "DMU")).column(ResultColumn.text("from", "From (t)"))
                .column(ResultColumn.text("to", "To (t+1)")).column(ResultColumn.decimal("d-t-t", "Dᵗ(t)", 4))
                .column(ResultColumn.decimal("d-t-t1", "Dᵗ(t+1)", 4)).column(ResultColumn.decimal("d-t1-t", "Dᵗ⁺¹(t)", 4))
                .column(ResultColumn.decimal("d-t1-t1", "Dᵗ⁺¹(t+1)", 4));
        if (rts == Returns.CRS) {
            table.column(ResultColumn.decimal("vrs-t-t", "VRS Dᵗ(t)", 4))
                    .column(ResultColumn.decimal("vrs-t1-t1", "VRS Dᵗ⁺¹(t+1)", 4));
        }
        for (Change c : result.changes()) {
            List<Object> row = new ArrayList<>(List.of(c.dmu(), c.from(), c.to()));
            row.add(c.d00());
            row.add(c.d10());
            row.add(c.d01());
            row.add(c.d11());
            if (rts == Returns.CRS) {
                row.add(c.vrs00());
                row.add(c.vrs11());
            }
            table.row(row);
        }
        table.note(note());
        return table.build();
    }
}
