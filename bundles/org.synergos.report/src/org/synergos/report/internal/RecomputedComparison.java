package org.synergos.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.study.ConfiguredRun;
import org.synergos.model.Identified;
import org.synergos.model.Indicator;
import org.synergos.model.ReportedStatistic;
import org.synergos.model.Variable;
import org.synergos.report.internal.ReportedVocabulary.CorrelationCell;
import org.synergos.report.internal.ReportedVocabulary.ElementKey;
import org.synergos.report.internal.ReportedVocabulary.Location;
import org.synergos.report.internal.ReportedVocabulary.ProvenanceKey;
import org.synergos.report.internal.ReportedVocabulary.TableCell;

/**
 * The "reported vs recomputed" table: for every reported statistic and every successful analysis whose result
 * holds it ({@link ReportedVocabulary}), the reported value, the recomputed one, their difference and whether
 * they agree. Rule: the recomputed value agrees when it lies within half a unit of the reported value's last
 * printed decimal ({@link Printed}), i.e. when rounding it to the reported decimals could print the reported
 * value; otherwise the row is flagged "differs". A reported statistic no analysis recomputes gets one row
 * "not recomputed" saying why; none is left out.
 */
final class RecomputedComparison {

    static final String TABLE_ID = "reported-vs-recomputed";
    static final String AGREES = "agrees";
    static final String DIFFERS = "differs";
    static final String NOT_RECOMPUTED = "not recomputed";

    /** One row of the table. {@code recomputed} and the run are absent when nothing recomputes it. */
    record Row(ReportedStatistic reported, Optional<ConfiguredRun> run, String location, double recomputed,
            String status) {

        double difference() {
            return recomputed - reported.getValue();
        }

        boolean differs() {
            return DIFFERS.equals(status);
        }
    }

    private RecomputedComparison() {
    }

    static List<Row> rows(Reported reported, List<ConfiguredRun> runs) {
        List<Row> rows = new ArrayList<>();
        for (ReportedStatistic statistic : reported.all()) {
            List<Location> locations = ReportedVocabulary.locations(Reported.nameOf(statistic));
            boolean found = false;
            for (ConfiguredRun run : runs) {
                if (!run.result().isSuccessful()) {
                    continue;
                }
                for (Location location : locations) {
                    double value = lookUp(run.result(), statistic, location);
                    if (Double.isFinite(value)) {
                        boolean agrees = Math.abs(value - statistic.getValue()) <= Printed.halfUnit(statistic) * (1 + 1e-9);
                        rows.add(new Row(statistic, Optional.of(run), location.describe(), value,
                                agrees ? AGREES : DIFFERS));
                        found = true;
                        break;
                    }
                }
            }
            if (!found) {
                rows.add(new Row(statistic, Optional.empty(), "", Double.NaN,
                        NOT_RECOMPUTED + ": " + reason(statistic, locations)));
            }
        }
        return rows;
    }

    private static String reason(ReportedStatistic statistic, List<Location> locations) {
        if (locations.isEmpty()) {
            return "no engine result holds '" + Reported.nameOf(statistic) + "'";
        }
        StringBuilder where = new StringBuilder();
        for (Location location : locations) {
            where.append(where.isEmpty() ? "" : " or ").append(location.describe());
        }
        return "no completed analysis gives " + where + " for " + Reported.subjectOf(statistic);
    }

    static double lookUp(AnalysisResult result, ReportedStatistic statistic, Location location) {
        Identified subject = statistic.getSubject();
        if (location instanceof ProvenanceKey provenance) {
            String text = result.provenance().get(provenance.key());
            try {
                return text == null ? Double.NaN : Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        if (subject == null && !(location instanceof TableCell cell && cell.row() != null)) {
            return Double.NaN;
        }
        if (location instanceof ElementKey key) {
            for (ElementValue value : result.elementValues()) {
                if (value.elementId().equals(subject.getId()) && value.key().equals(key.key())) {
                    return value.value();
                }
            }
            return Double.NaN;
        }
        if (location instanceof TableCell cell) {
            String row = cell.row() != null ? cell.row() : code(subject);
            return result.table(cell.tableId()).map(t -> number(t, row, cell.columnId())).orElse(Double.NaN);
        }
        CorrelationCell correlation = (CorrelationCell) location;
        String other = ReportedVocabulary.correlatedCode(Reported.nameOf(statistic)).orElse("");
        String own = code(subject);
        return result.table(correlation.tableId()).map(t -> {
            double below = number(t, own, other);
            return Double.isFinite(below) ? below : number(t, other, own);
        }).orElse(Double.NaN);
    }

    /** The number in the row whose first cell is {@code rowKey} and the column {@code columnId}; NaN when none. */
    private static double number(ResultTable table, String rowKey, String columnId) {
        if (!Findings.has(table, columnId) || rowKey.isEmpty()) {
            return Double.NaN;
        }
        int column = table.columnIndex(columnId);
        for (List<Object> row : table.rows()) {
            if (!row.isEmpty() && row.get(0) != null && rowKey.equals(row.get(0).toString().strip())) {
                return row.get(column) instanceof Number n ? n.doubleValue() : Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static String code(Identified subject) {
        if (subject instanceof Indicator indicator) {
            return DiagramText.indicatorCode(indicator);
        }
        return subject instanceof Variable variable ? DiagramText.code(variable) : "";
    }

    static ResultTable table(List<Row> rows) {
        ResultTable.Builder table = ResultTable.builder(TABLE_ID, "Reported vs recomputed statistics")
                .column(ResultColumn.text("subject", "Subject")).column(ResultColumn.text("statistic", "Statistic"))
                .column(ResultColumn.text("reported", "Reported")).column(ResultColumn.text("analysis", "Analysis"))
                .column(ResultColumn.text("engine", "Engine")).column(ResultColumn.text("location", "Recomputed in"))
                .column(ResultColumn.decimal("recomputed", "Recomputed", 3))
                .column(ResultColumn.decimal("difference", "Difference", 3))
                .column(ResultColumn.decimal("tolerance", "Tolerance", 4))
                .column(ResultColumn.text("status", "Status")).column(ResultColumn.text("source", "Source"));
        for (Row row : rows) {
            ReportedStatistic s = row.reported();
            boolean recomputed = row.run().isPresent();
            table.row(Reported.subjectOf(s), Reported.nameOf(s), Printed.text(s.getValue()),
                    row.run().map(ConfiguredRun::name).orElse(""), row.run().map(ConfiguredRun::engineId).orElse(""),
                    row.location(), recomputed ? row.recomputed() : null, recomputed ? row.difference() : null,
                    Printed.halfUnit(s), row.status(), s.getSource() == null ? "" : s.getSource());
        }
        long differing = rows.stream().filter(Row::differs).count();
        long missing = rows.stream().filter(r -> r.run().isEmpty()).count();
        return table.note("Difference = recomputed − reported. Tolerance: half a unit of the reported value's last "
                + "printed decimal (the decimals of its shortest stored form); a recomputed value further away than "
                + "that could not have been printed as the reported value, and the row says \"differs\".")
                .note(differing + " of " + (rows.size() - missing) + " comparisons differ; " + missing
                        + " reported statistics are not recomputed by any analysis of this report.")
                .build();
    }
}
