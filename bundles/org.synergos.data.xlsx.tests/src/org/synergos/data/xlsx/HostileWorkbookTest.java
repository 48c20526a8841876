package org.synergos.data.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;

/** Broken and malicious workbooks: each is refused with the file, and where it applies sheet, row, column and cell. */
class HostileWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void aTruncatedWorkbook() {
        String message = refused("truncated.xlsx", XlsxOptions.DEFAULT);
        assertTrue(message.contains("truncated.xlsx: a truncated or damaged ZIP archive, not a readable XLSX workbook"),
                message);
    }

    @Test
    void textWithAnXlsxName() {
        String message = refused("wrong-magic.xlsx", XlsxOptions.DEFAULT);
        assertTrue(message.contains("wrong-magic.xlsx: not an XLSX workbook: an XLSX file is a ZIP archive"), message);
        assertTrue(message.contains("69 64 2C 71 (\"id,q\""), message);
    }

    @Test
    void anOldExcelWorkbook() throws Exception {
        Path xls = dir.resolve("old.xlsx");
        Files.write(xls, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0 });
        DataFormatException e = assertThrows(DataFormatException.class, () -> new XlsxDatasetReader().read(xls));
        assertTrue(e.getMessage().contains("old.xlsx: an Excel 97-2003 workbook (.xls)"), e.getMessage());
    }

    @Test
    void aZipBombIsRefusedByItsDeclaredSizeBeforeAnythingIsInflated() throws Exception {
        Path bomb = XlsxFiles.file("zip-bomb.xlsx");
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long started = System.nanoTime();
        String message = refused("zip-bomb.xlsx", XlsxOptions.DEFAULT);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertTrue(message.contains("zip-bomb.xlsx: the ZIP entry 'xl/worksheets/sheet1.xml' would inflate"), message);
        assertTrue(message.contains("refused as a likely ZIP bomb"), message);
        assertTrue(Files.size(bomb) < 200_000, "the committed bomb is small");
        assertTrue(seconds < 5, "refused at once, not after inflating 100 MiB: " + seconds + " s");
        assertTrue(before > 0);
    }

    @Test
    void textInAColumnOfNumbersIsNamedByCell() {
        String message = refused("mixed-types.xlsx", XlsxOptions.DEFAULT);
        assertTrue(message.contains("mixed-types.xlsx:5 (column 'q2'): sheet 'Answers', cell C5: the text '4,5' (a"
                + " decimal comma: type it as a number) in a column of numbers (4 numbers from cell C2, 1 text cell)"),
                message);
    }

    @Test
    void textInAColumnOfNumbersReadsAsMissingWhenItIsAMissingValueCode() throws Exception {
        Dataset data = new XlsxDatasetReader(XlsxOptions.DEFAULT.withMissingCodes(List.of("4,5")))
                .read(XlsxFiles.file("mixed-types.xlsx"));
        assertTrue(data.column("q2").isNumeric());
        assertTrue(data.column("q2").isMissing(3));
    }

    @Test
    void aFormulaWithoutSavedResult() {
        String message = refused("formula-without-value.xlsx", XlsxOptions.DEFAULT);
        assertTrue(message.contains("formula-without-value.xlsx:3 (column 'y'): sheet 'Sheet1', cell B3: the formula"
                + " =A3*2 has no saved result"), message);
    }

    @Test
    void anErrorCellIsRefusedUnlessItIsAMissingValueCode() throws Exception {
        String message = refused("error-cell.xlsx", XlsxOptions.DEFAULT);
        assertTrue(message.contains("error-cell.xlsx:3 (column 'ratio'): sheet 'Sheet1', cell B3: holds the error"
                + " #DIV/0! (formula =1/A3)"), message);
        Dataset data = new XlsxDatasetReader(XlsxOptions.DEFAULT.withMissingCodes(List.of("#DIV/0!")))
                .read(XlsxFiles.file("error-cell.xlsx"));
        assertTrue(data.column("ratio").isMissing(1));
    }

    @Test
    void aColumnWithoutName() {
        String message = refused("blank-header.xlsx", XlsxOptions.DEFAULT);
        assertTrue(message.contains("blank-header.xlsx:1: sheet 'Sheet1', cell B1: column B has no name in the header"
                + " row 1"), message);
    }

    @Test
    void anEmptyHeaderRow() {
        String message = refused("survey.xlsx", XlsxOptions.DEFAULT.withHeaderRow(20));
        assertTrue(message.contains("survey.xlsx:20: sheet 'Survey': the header row 20 is empty"), message);
    }

    @Test
    void aMissingFile() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> new XlsxDatasetReader().read(dir.resolve("none.xlsx")));
        assertTrue(e.getMessage().endsWith("none.xlsx: file not found"), e.getMessage());
    }

    private static String refused(String name, XlsxOptions options) {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> new XlsxDatasetReader(options).read(XlsxFiles.file(name)));
        assertEquals(XlsxFiles.file(name), e.file());
        return e.getMessage();
    }
}
