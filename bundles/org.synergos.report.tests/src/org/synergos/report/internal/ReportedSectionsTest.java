package org.synergos.report.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.analysis.study.ConfiguredRun;
import org.synergos.analysis.study.Study;
import org.synergos.model.Framework;

/** The reported-statistics sections in every format: escaped, numbered on, byte-deterministic. */
class ReportedSectionsTest {

    @TempDir
    Path dir;

    /** The nqpf-smes example's stored statistics against PlsFixture's run (the example report's numbers). */
    private static Study nqpfSmes() throws Exception {
        Framework model = ReportedFixtures.nqpfSmes();
        // a hostile source text: every format must show it as text
        ReportedFixtures.add(model, null, "questionnaires", "n", 512, ReportFixtures.HOSTILE);
        return new Study(model, ReportedFixtures.NQPF_SMES);
    }

    private static List<ConfiguredRun> runs() {
        return List.of(new ConfiguredRun("PLS-SEM", "pls-sem", new PlsFixture().result()));
    }

    @Test
    void nqpfSmesReportComparesAndChecksItsReportedStatistics() throws Exception {
        Study study = nqpfSmes();
        ReportedSections sections = ReportedSections.of(study.framework(), runs()).orElseThrow();
        // H2's β: reported 0.437, the run's 0.4509
        RecomputedComparison.Row h2 = sections.comparison().stream()
                .filter(r -> Reported.subjectOf(r.reported()).equals("H2") && Reported.nameOf(r.reported()).equals("beta"))
                .findFirst().orElseThrow();
        assertEquals("differs", h2.status());
        assertEquals(0.45092721843372924, h2.recomputed(), 0);
        // every stored statistic has at least one row (38 stored + the hostile one)
        assertEquals(39, sections.comparison().stream().map(RecomputedComparison.Row::reported).distinct().count());
        assertTrue(sections.comparison().stream().anyMatch(r -> r.status().startsWith("not recomputed")));
        // every check runs on the report's statistics
        assertEquals(java.util.Set.of(TestStatisticCheck.NAME, SinglePredictorCheck.NAME, ReliabilityCheck.NAME,
                SampleSizeCheck.NAME), sections.findings().stream().map(ConsistencyCheck.CheckFinding::check)
                        .collect(java.util.stream.Collectors.toSet()));
        // 314 vs 512 flagged
        assertTrue(sections.findings().stream().anyMatch(f -> !f.consistent() && f.text().contains("314 ≠ 512")),
                sections.findings().toString());
    }

    @Test
    void everyFormatCarriesBothTablesEscaped() throws Exception {
        List<Path> files = new ReportFiles(nqpfSmes(), runs(), dir).write();
        List<String> names = files.stream().map(f -> dir.relativize(f).toString().replace('\\', '/')).toList();
        assertTrue(names.containsAll(List.of("tables/reported-statistics-reported-vs-recomputed.csv",
                "tables/reported-statistics-reported-vs-recomputed.tex",
                "tables/reported-statistics-consistency-checks.csv",
                "tables/reported-statistics-consistency-checks.tex")), names.toString());

        String html = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h2>Reported statistics</h2>"), "section");
        assertTrue(html.contains("<caption>Reported vs recomputed statistics</caption>"), "comparison table");
        assertTrue(html.contains("<caption>Consistency of the reported statistics</caption>"), "checks table");
        assertFalse(html.contains("<script>"), "model strings are escaped");
        assertTrue(html.contains("&lt;script&gt;alert("), "the hostile source shows as text");
        assertTrue(html.contains("inconsistent"), "flags");

        String checks = Files.readString(dir.resolve("tables/reported-statistics-consistency-checks.csv"),
                StandardCharsets.UTF_8);
        assertTrue(checks.contains("H2 beta = 0.437 (paper E (Gao, Yu, Liu & Xiao 2025), PLS-SEM results, n = 314, structural model)"), checks);
        assertTrue(checks.contains("NQPF-DT correlation_with_DT = 0.651"), checks);
        String tex = Files.readString(dir.resolve("tables/reported-statistics-consistency-checks.tex"),
                StandardCharsets.UTF_8);
        assertFalse(tex.contains("<script>alert('x')</script> & "), "LaTeX escapes the ampersand");

        try (InputStream in = Files.newInputStream(dir.resolve("report.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            int analysisTables = runs().get(0).result().tables().size();
            assertEquals(analysisTables + 2, sheets.size(), sheets.toString());
            assertTrue(sheets.get(analysisTables).startsWith("T" + (analysisTables + 1) + " Reported vs"), sheets.toString());
        }
        try (InputStream in = Files.newInputStream(dir.resolve("report.docx"));
                XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            String body = text.getText();
            assertTrue(body.contains("Reported statistics"), "heading");
            int analysisTables = runs().get(0).result().tables().size();
            assertTrue(body.contains("Table " + (analysisTables + 2)), "numbered on after the analyses' tables");
            assertTrue(body.contains("Consistency of the reported statistics"), "checks table");
            assertTrue(body.contains("<script>alert('x')</script>"), "Word text holds the string as text");
        }
    }

    @Test
    void sectionsAreByteDeterministicAndAbsentWithoutReportedStatistics() throws Exception {
        List<Path> first = new ReportFiles(nqpfSmes(), runs(), dir.resolve("a")).write();
        new ReportFiles(nqpfSmes(), runs(), dir.resolve("b")).write();
        for (Path file : first) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(dir.resolve("b").resolve(dir.resolve("a")
                    .relativize(file))), file.toString());
        }
        new ReportFiles(ReportFixtures.plsStudy(), ReportFixtures.runs(), dir.resolve("none")).write();
        assertFalse(Files.exists(dir.resolve("none/tables/reported-statistics-consistency-checks.csv")));
        assertFalse(Files.readString(dir.resolve("none/index.html"), StandardCharsets.UTF_8)
                .contains("Reported statistics"));
    }
}
