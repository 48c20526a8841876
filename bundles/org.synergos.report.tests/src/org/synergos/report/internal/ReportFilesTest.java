package org.synergos.report.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.AnalysisResult.Status;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.study.ConfiguredRun;
import org.synergos.analysis.study.Study;
import org.synergos.model.Framework;
import org.synergos.model.helpers.Elements;

class ReportFilesTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"NQPF\"";

    @TempDir
    Path dir;

    private static Study study() {
        Framework framework = Elements.framework("新质生产力 " + HOSTILE);
        framework.setDescription(HOSTILE);
        return new Study(framework, Path.of("model.synergos"));
    }

    private static List<ConfiguredRun> runs() {
        EngineDescriptor engine = new EngineDescriptor("descriptive", "Descriptive", "0.1.0", "", List.of());
        ResultTable table = ResultTable.builder("descriptives", "Descriptive statistics " + HOSTILE)
                .column(ResultColumn.text("variable", "Variable")).column(ResultColumn.decimal("mean", "M", 3))
                .column(ResultColumn.pValue("p", "p"))
                .row("=HYPERLINK(\"http://x\")", 4.2715, 0.00001).row("+cmd", -0.5, 0.042).row("NQ1", null, 1.0)
                .build();
        AnalysisResult ok = AnalysisResult.builder(engine).table(table).provenance("n", 314).build();
        AnalysisResult failed = AnalysisResult.failure("pls-sem", "0.1.0", Status.FAILED,
                Message.error("did not converge " + HOSTILE, "construct.NQPF"));
        return List.of(new ConfiguredRun("Descriptives", "descriptive", ok), new ConfiguredRun("PLS-SEM", "pls-sem", failed));
    }

    @Test
    void everyModelAndEngineStringIsEscaped() throws Exception {
        new ReportFiles(study(), runs(), dir).write();
        String html = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script>"), "no raw markup from the model");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;NQPF&quot;"));
        assertTrue(html.contains("新质生产力"), "Chinese text kept");
        assertTrue(html.contains("4.272") && html.contains("&lt; .001") && html.contains(".042"), "APA formatting");
        assertTrue(html.contains("did not converge"), "a failed analysis says what failed");
    }

    @Test
    void theModelsOtherDiagramKindsAreDrawnIntoTheReportWithEscapedNames() throws Exception {
        Study study = study();
        Elements.actor(study.framework(), "政府 " + HOSTILE, org.synergos.model.ActorKind.GOVERNMENT);
        new ReportFiles(study, runs(), dir).write();
        String svg = Files.readString(dir.resolve("diagrams/actor-network.svg"), StandardCharsets.UTF_8);
        PathDiagramSvgTest.parse(svg);
        assertTrue(svg.contains("政府"), "the actor is drawn");
        String html = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("diagrams/actor-network.svg") && html.contains("<svg"), "inline figure");
        assertTrue(html.indexOf("<?xml") < 0 || html.indexOf("<?xml") > html.indexOf("</html>"), "no XML declaration inside HTML");
        assertFalse(html.contains("<script>"), "no raw markup from the model");
        assertFalse(Files.exists(dir.resolve("diagrams/causal-map.svg")), "kinds without elements are left out");
    }

    @Test
    void formulaLikeCsvCellsAreNeutralisedAndNumbersKeepFullPrecision() throws Exception {
        new ReportFiles(study(), runs(), dir).write();
        List<String> lines = Files.readAllLines(dir.resolve("tables/descriptives-descriptives.csv"));
        assertEquals("Variable,M,p", lines.get(0));
        assertTrue(lines.get(1).startsWith("\"'=HYPERLINK("), lines.get(1));
        assertTrue(lines.get(1).contains("4.2715"), lines.get(1));
        assertTrue(lines.get(2).startsWith("'+cmd,-0.5"), lines.get(2));
        assertEquals("NQ1,,1.0", lines.get(3));
    }

    @Test
    void sameInputGivesByteIdenticalFiles() throws Exception {
        Path first = dir.resolve("a");
        Path second = dir.resolve("b");
        List<Path> files = new ReportFiles(study(), runs(), first).write();
        new ReportFiles(study(), runs(), second).write();
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(second.resolve(first.relativize(file))),
                    file.toString());
        }
    }

    private static Study plsStudy() {
        PlsFixture fixture = new PlsFixture(" " + HOSTILE + " 100% a_b $ \\");
        fixture.h1.setLabel("H1 " + HOSTILE);
        return new Study(fixture.model, Path.of("model.synergos"));
    }

    private static List<ConfiguredRun> plsRuns(Study study) {
        PlsFixture fixture = new PlsFixture();
        return List.of(new ConfiguredRun("PLS-SEM " + HOSTILE, "pls-sem", fixture.result()),
                new ConfiguredRun("Model", "pls-sem", fixture.result()));
    }

    @Test
    void structuralModelRunsGetLatexTablesDiagramsAndParagraphs() throws Exception {
        Study study = plsStudy();
        List<Path> files = new ReportFiles(study, plsRuns(study), dir).write();
        List<String> names = files.stream().map(f -> dir.relativize(f).toString().replace('\\', '/')).toList();
        assertTrue(names.containsAll(List.of("diagrams/model.svg", "diagrams/pls-sem-script-alert-x-script-nqpf.svg",
                "diagrams/model-results.svg", "tables/pls-sem-script-alert-x-script-nqpf-structural-model.tex",
                "tables/pls-sem-script-alert-x-script-nqpf-r2.tex", "diagrams/model.pdf",
                "diagrams/pls-sem-script-alert-x-script-nqpf.pdf", "diagrams/model-results.pdf", "report.docx",
                "report.xlsx")), names.toString());
        String html = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script>"), "no raw markup from the model");
        String diagram = Files.readString(dir.resolve("diagrams/pls-sem-script-alert-x-script-nqpf.svg"));
        assertTrue(diagram.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
        assertTrue(html.contains(diagram.substring(diagram.indexOf("<svg "))), "the same SVG inline");
        assertTrue(html.contains(Files.readString(dir.resolve("diagrams/model.svg")).substring(39)), "model diagram inline");
        PathDiagramSvgTest.parse(diagram);
        PathDiagramSvgTest.parse(Files.readString(dir.resolve("diagrams/model.svg")));
        assertTrue(html.contains("<p><em>Methods.</em> The model was estimated with PLS-SEM (PLS path algorithm, path "
                + "weighting scheme) in Synergos PLS-SEM 0.1.0;"), "methods paragraph");
        assertTrue(html.contains("<p class=\"note\"><em>Provenance:</em> algorithm: PLS path algorithm; blindfolding: 7;"),
                "raw provenance kept below");
        assertTrue(html.contains("<p><em>Results.</em> H1 (NQPF → CIP) was supported (β = 0.283, t = 6.911, p &lt; .001)."),
                "results paragraph");
        String tex = Files.readString(dir.resolve("tables/pls-sem-script-alert-x-script-nqpf-structural-model.tex"));
        assertTrue(tex.contains("\\label{tab:pls-sem-script-alert-x-script-nqpf-structural-model}"), tex);
        assertTrue(tex.contains("H1 & NQPF → CIP & 0.283 & "), tex);
    }

    @Test
    void diagramsAndLatexAreByteIdenticalForTheSameInput() throws Exception {
        List<Path> files = new ReportFiles(plsStudy(), plsRuns(plsStudy()), dir.resolve("a")).write();
        new ReportFiles(plsStudy(), plsRuns(plsStudy()), dir.resolve("b")).write();
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(file),
                    Files.readAllBytes(dir.resolve("b").resolve(dir.resolve("a").relativize(file))), file.toString());
        }
    }

    @Test
    void namesBecomePortableFileNamesInsideTheReport() {
        assertEquals("pls-sem-bootstrap", FileNames.slug("PLS-SEM / bootstrap"));
        assertEquals("path", FileNames.slug("../../path"));
        assertTrue(FileNames.slug("新质生产力").startsWith("analysis-"));
    }
}
