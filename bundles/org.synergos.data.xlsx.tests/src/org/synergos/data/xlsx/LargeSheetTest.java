package org.synergos.data.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet of a million rows, written here (not committed) as a minimal SpreadsheetML package, is streamed
 * in a heap smaller than the sheet's XML (the build runs this bundle's tests with -Xmx256m): a reader that
 * held the sheet's document, or its text, could not finish.
 */
class LargeSheetTest {

    private static final int ROWS = 1_000_000;
    private static final int COLUMNS = 10;

    @TempDir
    Path dir;

    @Test
    void aMillionRowsStreamInBoundedMemory() throws Exception {
        Path file = dir.resolve("large.xlsx");
        writeLargeWorkbook(file);
        long sheetBytes;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            sheetBytes = zip.getEntry("xl/worksheets/sheet1.xml").getSize();
        }
        long heap = Runtime.getRuntime().maxMemory();
        assertTrue(sheetBytes > heap, "the sheet's XML (" + sheetBytes + " bytes) is larger than the heap (" + heap + ")");

        long[] count = { 0 };
        double[] sum = { 0 };
        long[] lastRow = { 0 };
        new XlsxDatasetReader().visit(file, new SheetVisitor() {
            @Override
            public void header(String sheet, long headerRow, List<String> columns) {
                assertEquals(COLUMNS, columns.size());
                assertEquals("v1", columns.get(0));
            }

            @Override
            public void row(long row, String[] cells) {
                count[0]++;
                sum[0] += Double.parseDouble(cells[COLUMNS - 1]);
                lastRow[0] = row;
            }
        });
        assertEquals(ROWS, count[0]);
        assertEquals(ROWS + 1L, lastRow[0]);
        // the last column holds the row index 1..ROWS: its sum is ROWS (ROWS + 1) / 2
        assertEquals(ROWS * (ROWS + 1.0) / 2, sum[0]);
    }

    private static void writeLargeWorkbook(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Large\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            StringBuilder xml = new StringBuilder(1 << 16);
            xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
            for (int c = 1; c <= COLUMNS; c++) {
                xml.append("<c r=\"").append(CellRange.reference(c, 1)).append("\" t=\"inlineStr\"><is><t>v").append(c)
                        .append("</t></is></c>");
            }
            xml.append("</row>");
            for (int i = 1; i <= ROWS; i++) {
                int row = i + 1;
                xml.append("<row r=\"").append(row).append("\">");
                for (int c = 1; c < COLUMNS; c++) {
                    // values that do not repeat much, so the part compresses like survey data (under the ratio guard)
                    xml.append("<c r=\"").append(CellRange.reference(c, row)).append("\"><v>")
                            .append((i * 7919L + c * 104_729L) % 1_000_003 / 1000.0).append("</v></c>");
                }
                xml.append("<c r=\"").append(CellRange.reference(COLUMNS, row)).append("\"><v>").append(i)
                        .append("</v></c></row>");
                if (xml.length() > 60_000) {
                    zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
                    xml.setLength(0);
                }
            }
            xml.append("</sheetData></worksheet>");
            zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
