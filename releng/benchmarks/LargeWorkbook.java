import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the same data set as CSV and as a minimal XLSX workbook (one sheet, inline header, numeric cells):
 * ROWS rows of COLUMNS pseudo-random 1-7 answers. For xlsx-large.sh.
 * Usage: java LargeWorkbook.java DIR ROWS COLUMNS
 */
public class LargeWorkbook {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        int columns = Integer.parseInt(args[2]);
        Files.createDirectories(dir);
        try (BufferedWriter csv = Files.newBufferedWriter(dir.resolve("large.csv"), StandardCharsets.UTF_8);
                OutputStream file = new BufferedOutputStream(Files.newOutputStream(dir.resolve("large.xlsx")), 1 << 16);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(Deflater.BEST_SPEED);
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
            StringBuilder line = new StringBuilder();
            for (int c = 1; c <= columns; c++) {
                xml.append("<c r=\"").append(column(c)).append("1\" t=\"inlineStr\"><is><t>q").append(c).append("</t></is></c>");
                line.append(c > 1 ? "," : "").append('q').append(c);
            }
            xml.append("</row>");
            csv.write(line.append('\n').toString());
            long seed = 20261207L;
            for (int r = 2; r <= rows + 1; r++) {
                xml.append("<row r=\"").append(r).append("\">");
                line.setLength(0);
                for (int c = 1; c <= columns; c++) {
                    seed = seed * 6364136223846793005L + 1442695040888963407L;
                    int answer = 1 + (int) ((seed >>> 33) % 7);
                    xml.append("<c r=\"").append(column(c)).append(r).append("\"><v>").append(answer).append("</v></c>");
                    line.append(c > 1 ? "," : "").append(answer);
                }
                xml.append("</row>");
                csv.write(line.append('\n').toString());
                if (xml.length() > 60_000) {
                    zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
                    xml.setLength(0);
                }
            }
            zip.write(xml.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static String column(int c) {
        StringBuilder name = new StringBuilder();
        for (int i = c; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
