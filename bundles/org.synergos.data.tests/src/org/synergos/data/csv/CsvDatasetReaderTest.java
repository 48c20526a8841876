package org.synergos.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.data.DataColumn;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.testing.ReferenceResults;

class CsvDatasetReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsMobiSurvey() throws Exception {
        Dataset data = new CsvDatasetReader().read(ReferenceResults.data("mobi.csv"));
        assertEquals(250, data.rowCount());
        assertEquals(24, data.columnNames().size());
        assertEquals("CUEX1", data.columnNames().get(0));
        assertTrue(data.columns().stream().allMatch(DataColumn::isNumeric));
        assertEquals(7.0, data.column("CUEX1").value(0));
        assertEquals(3, data.sourceLine(1), "row 2 comes from line 3 (header is line 1)");
    }

    @Test
    void emptyCellsAndMissingCodesAreMissing() throws Exception {
        Path file = write("a,b\n1,\n-99,3\nNA,4\n");
        Dataset data = new CsvDatasetReader(CsvOptions.DEFAULT.withMissingCodes(List.of("NA", "-99"))).read(file);
        DataColumn a = data.column("a");
        assertEquals(2, a.missingCount());
        assertTrue(Double.isNaN(a.value(1)));
        assertTrue(data.column("b").isMissing(0));
        assertTrue(a.isNumeric());
    }

    @Test
    void missingValuesOfReferenceDataAreRead() throws Exception {
        Dataset data = new CsvDatasetReader().read(ReferenceResults.data("PoliticalDemocracy_missing5pct.csv"));
        int missing = data.columns().stream().mapToInt(DataColumn::missingCount).sum();
        assertTrue(missing > 0 && missing < data.rowCount() * data.columnNames().size() / 10, "missing " + missing);
    }

    @Test
    void nonNumericCellIsLocatedByLineAndColumn() throws Exception {
        Path file = write("q1,q2\n1,2\n3,four\n5,6\n");
        DataColumn q2 = new CsvDatasetReader().read(file).column("q2");
        assertFalse(q2.isNumeric());
        DataColumn.NonNumericCell bad = q2.firstNonNumeric().orElseThrow();
        assertEquals(3, bad.line());
        assertEquals("four", bad.content());
        assertEquals("four", q2.text(1), "the text is kept");
    }

    @Test
    void javaOnlyNumberSpellingsAreNotNumbers() throws Exception {
        Path file = write("x\n1d\nNaN\nInfinity\n0x10\n");
        DataColumn x = new CsvDatasetReader().read(file).column("x");
        for (int row = 0; row < x.size(); row++) {
            assertTrue(Double.isNaN(x.value(row)), x.text(row));
        }
    }

    @Test
    void raggedRowNamesItsLine() throws Exception {
        Path file = write("a,b,c\n1,2,3\n4,5\n");
        DataFormatException error = assertThrows(DataFormatException.class, () -> new CsvDatasetReader().read(file));
        assertEquals(3, error.line());
        assertTrue(error.getMessage().contains("data.csv:3") && error.getMessage().contains("2 cells"),
                error.getMessage());
    }

    @Test
    void duplicateAndBlankColumnNamesAreRefused() throws Exception {
        DataFormatException duplicate = assertThrows(DataFormatException.class,
                () -> new CsvDatasetReader().read(write("a,b,a\n1,2,3\n")));
        assertEquals("a", duplicate.column());
        DataFormatException blank = assertThrows(DataFormatException.class,
                () -> new CsvDatasetReader().read(write("a,,c\n1,2,3\n")));
        assertTrue(blank.getMessage().contains("column 2 has no name"), blank.getMessage());
    }

    @Test
    void emptyFileAndMissingFileAreReported() throws Exception {
        assertTrue(assertThrows(DataFormatException.class, () -> new CsvDatasetReader().read(write("")))
                .getMessage().contains("empty"));
        assertTrue(assertThrows(DataFormatException.class,
                () -> new CsvDatasetReader().read(dir.resolve("absent.csv"))).getMessage().contains("not found"));
    }

    @Test
    void invalidUtf8IsReportedNotGarbled() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "name\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        DataFormatException error = assertThrows(DataFormatException.class, () -> new CsvDatasetReader().read(file));
        assertTrue(error.getMessage().contains("UTF-8"), error.getMessage());
    }

    @Test
    void byteOrderMarkAndChineseHeadersAreRead() throws Exception {
        Path file = dir.resolve("bom.csv");
        Files.writeString(file, "\uFEFF新质生产力,数字化转型\n5,6\n", StandardCharsets.UTF_8);
        Dataset data = new CsvDatasetReader().read(file);
        assertEquals(List.of("新质生产力", "数字化转型"), data.columnNames());
    }

    @Test
    void semicolonDelimitedFilesAndQuotedFields() throws Exception {
        Path file = write("item;text\n1;\"a; quoted \"\"cell\"\"\"\n");
        Dataset data = new CsvDatasetReader(CsvOptions.DEFAULT.withDelimiter(';')).read(file);
        assertEquals("a; quoted \"cell\"", data.column("text").text(0));
    }

    @Test
    void headerOnlyReadsColumns() throws Exception {
        assertEquals(List.of("x", "y"), new CsvDatasetReader().readHeader(write("x,y\n1,oops,extra\n")));
    }

    @Test
    void aWorkbookIsNamedForWhatItIsAndNeverUnzipped() throws Exception {
        Path workbook = dir.resolve("survey.xlsx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(workbook))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            // a zip bomb's payload: 64 MB of zeros in a few kilobytes; reading must not inflate it
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(workbook) < 1 << 20, "the bomb is small on disk");
        DataFormatException error = assertThrows(DataFormatException.class, () -> new CsvDatasetReader().read(workbook));
        assertTrue(error.getMessage().startsWith(workbook + ": a ZIP archive (such as an Excel .xlsx workbook"),
                error.getMessage());
        assertFalse(error.getMessage().contains("UTF-8 text"), error.getMessage());
        assertThrows(DataFormatException.class, () -> new CsvDatasetReader().readHeader(workbook));
    }

    @Test
    void anSpssFileIsNamedForWhatItIs() throws Exception {
        Path sav = dir.resolve("survey.sav");
        Files.write(sav, "$FL2@(#) IBM SPSS STATISTICS".getBytes(StandardCharsets.US_ASCII));
        DataFormatException error = assertThrows(DataFormatException.class, () -> new CsvDatasetReader().read(sav));
        assertTrue(error.getMessage().contains("an SPSS data file (.sav), not CSV text"), error.getMessage());
    }

    @Test
    void aSemicolonSeparatedFileGetsAHint() throws Exception {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> new CsvDatasetReader().read(write("q1;q2;q3\n1,5;2;3\n")));
        assertTrue(error.getMessage().contains("data.csv:1: the header is one column 'q1;q2;q3': the file looks "
                + "semicolon-separated"), error.getMessage());
        assertTrue(error.getMessage().contains("set the data source's delimiter to ';'"), error.getMessage());
    }

    @Test
    void aDecimalCommaGetsAHint() throws Exception {
        Dataset data = new CsvDatasetReader(CsvOptions.DEFAULT.withDelimiter(';')).read(write("q1;q2\n1,5;2\n3;4\n"));
        DataFormatException error = assertThrows(DataFormatException.class, () -> data.numericRows(List.of("q1", "q2")));
        assertTrue(error.getMessage().contains("data.csv:2 (column 'q1'): '1,5' is not a number (it has a decimal comma"),
                error.getMessage());
    }

    @Test
    void valuesTooLargeToComputeWithAreRefusedNotCalledZeroVariance() throws Exception {
        Dataset data = new CsvDatasetReader().read(write("q1,q2\n1,2\n1e308,3\n-1e308,4\n"));
        DataFormatException error = assertThrows(DataFormatException.class, () -> data.numericRows(List.of("q2", "q1")));
        assertTrue(error.getMessage().contains("data.csv:3 (column 'q1'): the value 1.0E308 is too large to compute with"),
                error.getMessage());
        assertEquals(4.0, data.numericRows(List.of("q2"))[2][0], "other columns stay usable");
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("data.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
