package org.synergos.report.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same model, data and seed → byte-identical report files, including the Office documents and PDFs. */
class ReportDeterminismTest {

    @TempDir
    Path dir;

    @Test
    void twoBuildsGiveByteIdenticalFiles() throws Exception {
        List<Path> files = new ReportFiles(ReportFixtures.plsStudy(), ReportFixtures.runs(), dir.resolve("a")).write();
        // past the 2-second resolution of ZIP times and the clock's second, so a date taken from the clock shows
        Thread.sleep(2100);
        List<Path> again = new ReportFiles(ReportFixtures.plsStudy(), ReportFixtures.runs(), dir.resolve("b")).write();
        assertEquals(files.size(), again.size());
        List<String> names = files.stream().map(f -> dir.resolve("a").relativize(f).toString().replace('\\', '/')).toList();
        assertTrue(names.containsAll(List.of("report.docx", "report.xlsx", "diagrams/model.pdf", "diagrams/model.svg",
                "index.html")), names.toString());
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(dir.resolve("b").resolve(dir.resolve("a").relativize(file))),
                    file.toString());
        }
    }

    @Test
    void officeDocumentsCarryTheReportTimestampOnly() throws Exception {
        new ReportFiles(ReportFixtures.plsStudy(), ReportFixtures.runs(), dir).write();
        LocalDateTime expected = LocalDateTime.ofInstant(ReportTimestamp.get(), ZoneOffset.UTC);
        for (String name : new String[] { "report.docx", "report.xlsx" }) {
            try (InputStream in = Files.newInputStream(dir.resolve(name)); ZipInputStream zip = new ZipInputStream(in)) {
                int entries = 0;
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    assertEquals(expected, entry.getTimeLocal(), name + "!" + entry.getName());
                    if (entry.getName().equals("docProps/core.xml")) {
                        String core = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                        String date = ReportTimestamp.get().toString();
                        assertTrue(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + date), core);
                        assertTrue(core.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + date), core);
                    }
                    entries++;
                }
                assertTrue(entries > 5, name);
            }
        }
    }

    @Test
    void sourceDateEpochSetsTheTimestamp() {
        assertEquals(Instant.parse("2023-11-14T22:13:20Z"), ReportTimestamp.parse("1700000000"));
        assertEquals(ReportTimestamp.FIXED, ReportTimestamp.parse(null));
        assertEquals(ReportTimestamp.FIXED, ReportTimestamp.parse("yesterday"));
        assertEquals(ReportTimestamp.FIXED, ReportTimestamp.parse("0"), "ZIP cannot hold 1970");
    }
}
