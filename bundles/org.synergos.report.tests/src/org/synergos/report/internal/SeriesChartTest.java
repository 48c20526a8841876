package org.synergos.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.json.ResultJson;
import org.synergos.analysis.study.ConfiguredRun;
import org.synergos.analysis.study.Study;
import org.synergos.model.Framework;
import org.synergos.model.io.ModelStore;

/**
 * Line charts of simulated series in the report, from the system-dynamics engine's real output for
 * examples/sd-synergy (resources/system-dynamics/sd-synergy-result.json, kept equal to the engine's output by
 * the plugin's ReportFixtureTest): one chart per stock, one line per run, as SVG (file and inline), PDF and a
 * Word picture.
 */
class SeriesChartTest {

    static final Path EXAMPLE = Path.of("../../examples/sd-synergy/model.synergos");
    static final Path RESULT = Path.of("resources/system-dynamics/sd-synergy-result.json");

    @TempDir
    Path dir;

    static Study study() throws Exception {
        Framework framework = ModelStore.load(EXAMPLE);
        return new Study(framework, EXAMPLE);
    }

    static List<ConfiguredRun> runs() throws Exception {
        AnalysisResult result = ResultJson.read(Files.readString(RESULT, StandardCharsets.UTF_8));
        return List.of(new ConfiguredRun("System dynamics", "system-dynamics", result));
    }

    @Test
    void oneChartPerStockWithOneLinePerRun() throws Exception {
        List<SeriesChart> charts = SeriesChart.of(study().framework(), runs().get(0).result(), "system-dynamics");
        assertEquals(List.of("diagrams/system-dynamics-sd-government-investment",
                "diagrams/system-dynamics-sd-university-investment", "diagrams/system-dynamics-sd-enterprise-investment",
                "diagrams/system-dynamics-sd-knowledge"), charts.stream().map(SeriesChart::base).toList());
        String svg = PathDiagramSvg.render(charts.get(3)::paint, "t");
        // three runs, each a line and a legend swatch
        Matcher lines = Pattern.compile("<polyline points=\"([^\"]*)\"").matcher(svg);
        int count = 0;
        String first = null;
        while (lines.find()) {
            first = first == null ? lines.group(1) : first;
            count++;
        }
        assertEquals(6, count);
        // Knowledge starts at 50 ku in 2015: the axis runs 0 to 400, the plot from y = 308 (0) to 44 (400)
        assertTrue(first.startsWith("72,275 "), first);
        assertTrue(svg.contains(">Knowledge (ku) over time, by run, with the observed series</text>"));
        // the ten observations as crosses (two lines each) plus the legend's cross
        assertTrue(svg.contains(">observed (knowledge_observed)</text>"));
        assertEquals(22, svg.split("<line ", -1).length - 1 - axisLines(svg));
        String government = PathDiagramSvg.render(charts.get(0)::paint, "g");
        assertTrue(!government.contains(">observed"), "no observations of government investment");
        for (String run : List.of("base", "no synergy", "strong policy")) {
            assertTrue(svg.contains(">" + run + "</text>"), run);
        }
    }

    /** The axes, their ticks: lines drawn at the axis positions (x = 72 or y = 308 on either end). */
    private static int axisLines(String svg) {
        Matcher line = Pattern.compile("<line x1=\"([^\"]*)\" y1=\"([^\"]*)\" x2=\"([^\"]*)\" y2=\"([^\"]*)\"")
                .matcher(svg);
        int axis = 0;
        while (line.find()) {
            double x1 = Double.parseDouble(line.group(1));
            double x2 = Double.parseDouble(line.group(3));
            double y1 = Double.parseDouble(line.group(2));
            double y2 = Double.parseDouble(line.group(4));
            boolean horizontalOrVertical = x1 == x2 || y1 == y2;
            axis += horizontalOrVertical ? 1 : 0;
        }
        return axis;
    }

    @Test
    void chartsReachEveryFormat() throws Exception {
        new ReportFiles(study(), runs(), dir).write();
        Path svg = dir.resolve("diagrams/system-dynamics-sd-knowledge.svg");
        Path pdf = dir.resolve("diagrams/system-dynamics-sd-knowledge.pdf");
        assertTrue(Files.readString(svg).startsWith(PathDiagramSvg.XML_DECLARATION + "<svg"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Knowledge (ku) over time, by run, with the observed series")
                    && text.contains("strong policy") && text.contains("observed (knowledge_observed)"), text);
        }
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains("<figcaption>Knowledge (ku) over time, by run, with the observed series"
                + " (diagrams/system-dynamics-sd-knowledge.svg).</figcaption>"));
        assertTrue(html.contains("<caption>Simulated time series</caption>"), "the tables stay APA tables");
        try (ZipFile docx = new ZipFile(dir.resolve("report.docx").toFile())) {
            long pictures = docx.stream().filter(e -> e.getName().startsWith("word/media/")).count();
            assertEquals(4, pictures, "one picture per stock");
        }
    }
}
