package org.synergos.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.synergos.analysis.study.ConfiguredRun;
import org.synergos.analysis.study.Study;
import org.synergos.model.Framework;

/**
 * The report's path diagrams: {@code diagrams/model.svg} and {@code .pdf} for a model with constructs, and
 * {@code diagrams/<run>.svg} and {@code .pdf} for each analysis whose result overlays the model's constructs,
 * indicators or paths (PLS-SEM, CB-SEM). Each diagram is laid out once ({@link DiagramScene}); the same SVG
 * text goes into the file and inline into {@code index.html}, the Word report shows it as PNG.
 */
final class ReportDiagrams {

    static final String MODEL_FILE = "diagrams/model.svg";

    /** One laid-out diagram with its title, its SVG and its file name without extension. */
    record Diagram(DiagramScene scene, String title, String svg, String base) {

        String svgFile() {
            return base + ".svg";
        }

        String pdfFile() {
            return base + ".pdf";
        }
    }

    private final Diagram model;
    private final List<ModelDiagrams.Drawn> others;
    private final List<Diagram> runDiagrams = new ArrayList<>();
    private final List<String> runFiles = new ArrayList<>();
    /** Per run, its line charts of simulated series with their SVG. */
    private final List<List<Chart>> runCharts = new ArrayList<>();

    /** A line chart with its SVG (drawn once, written to the file and inlined into HTML). */
    record Chart(SeriesChart chart, String svg) {

        String svgFile() {
            return chart.base() + ".svg";
        }

        String pdfFile() {
            return chart.base() + ".pdf";
        }
    }

    private ReportDiagrams(Study study, List<ConfiguredRun> runs) {
        Framework framework = study.framework();
        others = ModelDiagrams.of(framework);
        model = framework.getConstructs().isEmpty() ? null
                : diagram(DiagramLayout.layout(framework, DiagramValues.none()), "Structural model: " + study.name(),
                        "synergos-model", "diagrams/model");
        for (ConfiguredRun run : runs) {
            String base = FileNames.slug(run.name());
            // a run named "Model" must not overwrite the model's own diagram
            base = base.equals("model") ? "model-results" : base;
            boolean drawn = DiagramValues.describes(framework, run.result());
            runDiagrams.add(drawn ? diagram(DiagramLayout.layout(framework, DiagramValues.of(run.result())), run.name(),
                    "synergos-" + base, "diagrams/" + base) : null);
            runFiles.add("diagrams/" + base + ".svg");
            List<Chart> charts = new ArrayList<>();
            for (SeriesChart chart : SeriesChart.of(framework, run.result(), base)) {
                charts.add(new Chart(chart, PathDiagramSvg.render(chart::paint,
                        "synergos-chart-" + FileNames.slug(chart.base().substring("diagrams/".length())))));
            }
            runCharts.add(charts);
        }
    }

    private static Diagram diagram(DiagramScene scene, String title, String idPrefix, String base) {
        return new Diagram(scene, title, PathDiagramSvg.render(scene, title, idPrefix), base);
    }

    static ReportDiagrams of(Study study, List<ConfiguredRun> runs) {
        return new ReportDiagrams(study, runs);
    }

    Optional<String> model() {
        return modelDiagram().map(Diagram::svg);
    }

    Optional<Diagram> modelDiagram() {
        return Optional.ofNullable(model);
    }

    Optional<String> ofRun(int index) {
        return diagramOfRun(index).map(Diagram::svg);
    }

    Optional<Diagram> diagramOfRun(int index) {
        return Optional.ofNullable(runDiagrams.get(index));
    }

    String fileOfRun(int index) {
        return runFiles.get(index);
    }

    /** The line charts of run {@code index} (simulated time series), possibly none. */
    List<Chart> chartsOfRun(int index) {
        return runCharts.get(index);
    }

    /** The model's diagrams of the other kinds (actor network, causal map, implementation path, timeline). */
    List<ModelDiagrams.Drawn> others() {
        return others;
    }

    /** Standalone SVG documents to write, relative to the report folder. */
    Map<Path, byte[]> svgFiles() {
        Map<Path, byte[]> files = new LinkedHashMap<>(ModelDiagrams.files(others));
        for (Diagram diagram : all()) {
            files.put(Path.of(diagram.svgFile()),
                    (PathDiagramSvg.XML_DECLARATION + diagram.svg()).getBytes(StandardCharsets.UTF_8));
        }
        for (List<Chart> charts : runCharts) {
            for (Chart chart : charts) {
                files.put(Path.of(chart.svgFile()),
                        (PathDiagramSvg.XML_DECLARATION + chart.svg()).getBytes(StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** One-page PDFs to write, relative to the report folder; the font is parsed once for all of them. */
    Map<Path, byte[]> pdfFiles(java.time.Instant documentDate) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        List<Diagram> all = all();
        List<Chart> charts = runCharts.stream().flatMap(List::stream).toList();
        if (!all.isEmpty() || !charts.isEmpty()) {
            try (TrueTypeFont font = DiagramPdf.parseFont()) {
                for (Diagram diagram : all) {
                    files.put(Path.of(diagram.pdfFile()), DiagramPdf.render(diagram.scene(), diagram.title(), font,
                            documentDate));
                }
                for (Chart chart : charts) {
                    files.put(Path.of(chart.pdfFile()), DiagramPdf.render(chart.chart()::paint, chart.chart().title(),
                            chart.svg(), font, documentDate));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private List<Diagram> all() {
        List<Diagram> all = new ArrayList<>();
        modelDiagram().ifPresent(all::add);
        runDiagrams.stream().filter(d -> d != null).forEach(all::add);
        return all;
    }
}
