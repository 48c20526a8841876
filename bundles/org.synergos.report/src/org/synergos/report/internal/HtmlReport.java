package org.synergos.report.internal;

import static org.synergos.analysis.api.format.HtmlText.escape;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ColumnFormat;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.format.CellText;
import org.synergos.analysis.reproduce.RScript;
import org.synergos.analysis.study.ConfiguredRun;
import org.synergos.analysis.study.Study;
import org.synergos.model.Framework;

/**
 * The HTML report: one self-contained page (inline CSS, no scripts, no external resources) with the
 * model summary and its diagram, then per analysis its status, messages, a methods paragraph (with the raw
 * provenance below it), a results paragraph for structural models, the path diagram inline, and APA-style
 * tables. Every string from the model or an engine is escaped; the SVG diagrams arrive XML-escaped.
 */
final class HtmlReport {

    private static final String STYLE = String.join("\n",
            "body{font-family:'Times New Roman','Noto Serif CJK SC','Songti SC',serif;max-width:60em;margin:2em auto;"
                    + "padding:0 1em;color:#111}",
            "table{border-collapse:collapse;margin:.5em 0 1.5em}",
            "caption{text-align:left;font-style:italic;padding-bottom:.3em}",
            "thead th{border-top:2px solid #000;border-bottom:1px solid #000;padding:.2em .6em;font-weight:normal}",
            "tbody td{padding:.15em .6em}tbody tr:last-child td{border-bottom:2px solid #000}",
            "td.num{text-align:right;font-variant-numeric:tabular-nums}",
            ".note{font-size:.9em}.error{color:#a00}.warning{color:#850}.status{font-weight:bold}",
            "figure{margin:1em 0}figure svg{max-width:100%;height:auto}figcaption{font-size:.9em}");

    private final Study study;
    private final List<ConfiguredRun> runs;
    private final ReportDiagrams diagrams;

    private final Optional<RScript> reproduction;
    private final Optional<ReportedSections> reported;

    HtmlReport(Study study, List<ConfiguredRun> runs, ReportDiagrams diagrams, Optional<RScript> reproduction) {
        this(study, runs, diagrams, reproduction, ReportedSections.of(study.framework(), runs));
    }

    HtmlReport(Study study, List<ConfiguredRun> runs, ReportDiagrams diagrams, Optional<RScript> reproduction,
            Optional<ReportedSections> reported) {
        this.reported = reported;
        this.reproduction = reproduction;
        this.study = study;
        this.runs = runs;
        this.diagrams = diagrams;
    }

    String render() {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>").append(escape(study.name())).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n");
        html.append("<h1>").append(escape(study.name())).append("</h1>\n");
        summary(html);
        for (int i = 0; i < runs.size(); i++) {
            analysis(html, runs.get(i), i);
        }
        reported.ifPresent(sections -> reported(html, sections));
        return html.append("</body></html>\n").toString();
    }

    /** The reported statistics: compared with the analyses' values, then checked against each other. */
    private static void reported(StringBuilder html, ReportedSections sections) {
        html.append("<section><h2>").append(escape(ReportedSections.NAME)).append("</h2>\n<p>")
                .append(escape(sections.summary())).append(".</p>\n");
        for (ResultTable table : sections.tables()) {
            table(html, table);
        }
        html.append("</section>\n");
    }

    private String language() {
        List<String> languages = study.framework().getLanguages();
        return languages.isEmpty() ? "en" : escape(languages.get(0));
    }

    private void summary(StringBuilder html) {
        Framework model = study.framework();
        if (model.getDescription() != null && !model.getDescription().isBlank()) {
            html.append("<p>").append(escape(model.getDescription())).append("</p>\n");
        }
        if (!model.getAuthors().isEmpty()) {
            html.append("<p>").append(escape(String.join(", ", model.getAuthors()))).append("</p>\n");
        }
        html.append("<h2>Model</h2>\n<p>").append(ReportText.modelSummary(model)).append("</p>\n");
        diagrams.model().ifPresent(svg -> figure(html, svg, "Structural model", ReportDiagrams.MODEL_FILE));
        diagrams.others().forEach(d -> figure(html, d.inline(), d.caption(), d.file()));
    }

    private static void figure(StringBuilder html, String svg, String caption, String file) {
        html.append("<figure>\n").append(svg).append("<figcaption>").append(escape(caption)).append(" (")
                .append(escape(file)).append(").</figcaption></figure>\n");
    }

    private void analysis(StringBuilder html, ConfiguredRun run, int index) {
        AnalysisResult result = run.result();
        html.append("<section><h2>").append(escape(run.name())).append("</h2>\n");
        html.append("<p class=\"status\">").append(escape(run.engineId())).append(' ')
                .append(escape(result.engineVersion())).append(": ")
                .append(result.isSuccessful() ? "completed"
                        : "<span class=\"error\">" + escape(ReportText.status(result)) + "</span>")
                .append("</p>\n");
        for (Message message : result.messages()) {
            html.append("<p class=\"").append(message.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\">").append(escape(message.toString())).append("</p>\n");
        }
        String methods = ReproductionNote.append(MethodsParagraph.render(result),
                ReproductionNote.of(reproduction, run.name()));
        if (!methods.isEmpty()) {
            html.append("<p><em>Methods.</em> ").append(escape(methods)).append("</p>\n");
        }
        provenance(html, result.provenance());
        String results = ResultsParagraph.render(study.framework(), result);
        if (!results.isEmpty()) {
            html.append("<p><em>Results.</em> ").append(escape(results)).append("</p>\n");
        }
        diagrams.ofRun(index).ifPresent(svg -> figure(html, svg, "Path model of " + run.name() + " with estimates",
                diagrams.fileOfRun(index)));
        for (ReportDiagrams.Chart chart : diagrams.chartsOfRun(index)) {
            figure(html, chart.svg(), chart.chart().caption(), chart.svgFile());
        }
        for (ResultTable table : result.tables()) {
            table(html, table);
        }
        html.append("</section>\n");
    }

    private static void table(StringBuilder html, ResultTable table) {
        html.append("<table><caption>").append(escape(table.title())).append("</caption><thead><tr>");
        for (ResultColumn column : table.columns()) {
            html.append("<th>").append(escape(NumberedTable.header(column))).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (List<Object> row : table.rows()) {
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                ResultColumn column = table.columns().get(c);
                html.append(column.format() == ColumnFormat.TEXT ? "<td>" : "<td class=\"num\">")
                        .append(escape(CellText.format(column, row.get(c)))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
        for (String note : table.notes()) {
            html.append("<p class=\"note\"><em>Note.</em> ").append(escape(note)).append("</p>\n");
        }
    }

    /** Every provenance entry as the engine recorded it, for readers who want the exact settings. */
    private static void provenance(StringBuilder html, Map<String, String> provenance) {
        if (provenance.isEmpty()) {
            return;
        }
        html.append("<p class=\"note\"><em>Provenance:</em> ").append(escape(ReportText.provenance(provenance)))
                .append(".</p>\n");
    }
}
