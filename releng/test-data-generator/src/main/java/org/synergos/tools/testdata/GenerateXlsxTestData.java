package org.synergos.tools.testdata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the XLSX test workbooks (and the CSV files holding the same data) with Apache POI, as a
 * spreadsheet program would save them. Every workbook is re-zipped with fixed entry times and a fixed
 * creation date, so a rerun reproduces the committed files byte for byte.
 *
 * <p>Arguments: the output folder and the repository's examples folder.
 */
public final class GenerateXlsxTestData {

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private GenerateXlsxTestData() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Path examples = Path.of(args[1]);
        Files.createDirectories(out);
        writeSurvey(out);
        writeSeveralSheets(out);
        writeHeaderNotFirst(out);
        writeTypes(out);
        writeExample(examples.resolve("nqpf-smes/data.csv"), out.resolve("nqpf-smes.xlsx"));
        writeMixedTypes(out);
        writeFormulaWithoutValue(out);
        writeErrorCell(out);
        writeBlankHeader(out);
        writeTruncated(out);
        writeWrongMagic(out);
        writeZipBomb(out);
        System.out.println("written to " + out);
    }

    /** Survey answers with an id column and missing answers (empty cells), and the same as CSV. */
    static void writeSurvey(Path out) throws IOException {
        String[] header = { "id", "q1", "q2", "q3", "score" };
        Object[][] rows = {
                { "R01", 5, 4, 3, 3.25 },
                { "R02", 4, null, 2, 2.5 },
                { "R03", 3, 3, 3, 0.1 },
                { "R04", 2, 5, null, -1.75 },
                { "R05", 1, 2, 4, 1e-3 },
                { "R06", 5, 5, 5, 123456.789 } };
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Survey");
            fill(sheet, 0, 0, header, rows);
            save(workbook, out.resolve("survey.xlsx"));
        }
        StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
        for (Object[] row : rows) {
            List<String> cells = new ArrayList<>();
            for (Object cell : row) {
                cells.add(cell == null ? "" : cell.toString());
            }
            csv.append(String.join(",", cells)).append('\n');
        }
        Files.writeString(out.resolve("survey.csv"), csv, StandardCharsets.UTF_8);
    }

    /** Three sheets: a notes sheet first, then two waves of data with different columns. */
    static void writeSeveralSheets(Path out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet notes = workbook.createSheet("Notes");
            notes.createRow(0).createCell(0).setCellValue("Two survey waves; see the sheets 'Wave 1' and 'Wave 2'.");
            fill(workbook.createSheet("Wave 1"), 0, 0, new String[] { "x", "y" },
                    new Object[][] { { 1, 2 }, { 3, 4 }, { 5, 6 } });
            fill(workbook.createSheet("Wave 2"), 0, 0, new String[] { "a", "b", "c" },
                    new Object[][] { { 10, 20, 30 }, { 11, 21, 31 } });
            save(workbook, out.resolve("several-sheets.xlsx"));
        }
    }

    /**
     * A title in row 1, a blank row 2, the header in row 3 from column B, data in rows 4 to 7, and a
     * notes block to the right (column H) that a range leaves out.
     */
    static void writeHeaderNotFirst(Path out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Data");
            sheet.createRow(0).createCell(1).setCellValue("Pilot survey, wave 1 (test data)");
            fill(sheet, 2, 1, new String[] { "q1", "q2", "q3" },
                    new Object[][] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 }, { 10, 11, 12 } });
            sheet.getRow(2).createCell(7).setCellValue("note");
            sheet.getRow(3).createCell(7).setCellValue("checked by hand");
            // a total row below the data, outside the range B3:D7
            Row total = sheet.createRow(8);
            total.createCell(1).setCellValue("total");
            save(workbook, out.resolve("header-row-3.xlsx"));
        }
    }

    /** Dates, date-times, booleans, formulas with cached values (number, text, boolean) and empty cells. */
    static void writeTypes(Path out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Types");
            CreationHelper helper = workbook.getCreationHelper();
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            String[] header = { "when", "stamp", "member", "x", "twice", "label", "big", "note" };
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            LocalDate[] days = { LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29), LocalDate.of(1999, 12, 31) };
            for (int r = 0; r < 3; r++) {
                Row row = sheet.createRow(r + 1);
                Cell when = row.createCell(0);
                when.setCellValue(days[r]);
                when.setCellStyle(date);
                Cell stamp = row.createCell(1);
                stamp.setCellValue(days[r].atTime(13, 45));
                stamp.setCellStyle(dateTime);
                row.createCell(2).setCellValue(r != 1);
                row.createCell(3).setCellValue(r + 1.5);
                int excelRow = r + 2;
                row.createCell(4).setCellFormula("D" + excelRow + "*2");
                row.createCell(5).setCellFormula("IF(D" + excelRow + ">2,\"high\",\"low\")");
                row.createCell(6).setCellFormula("D" + excelRow + ">2");
                if (r == 0) {
                    row.createCell(7).setCellValue("first");
                } // rows 3 and 4 leave 'note' empty
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            save(workbook, out.resolve("types.xlsx"));
        }
    }

    /** An example's CSV data as a workbook: numbers as numeric cells, other cells as text. */
    static void writeExample(Path csv, Path target) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.parse(reader); XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("data");
            int r = 0;
            for (CSVRecord record : parser) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < record.size(); c++) {
                    String text = record.get(c);
                    if (text.isEmpty() || text.equals("NA")) {
                        continue; // missing: an empty cell, as a spreadsheet holds it
                    }
                    Cell cell = row.createCell(c);
                    if (r > 0 && text.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
                        cell.setCellValue(Double.parseDouble(text));
                    } else {
                        cell.setCellValue(text);
                    }
                }
                r++;
            }
            save(workbook, target);
        }
    }

    /** A numeric column with one answer typed as text ("4,5" with a decimal comma) in cell C5. */
    static void writeMixedTypes(Path out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Answers");
            fill(sheet, 0, 0, new String[] { "id", "q1", "q2" }, new Object[][] {
                    { "a", 1, 2 }, { "b", 3, 4 }, { "c", 5, 6 }, { "d", 7, "4,5" }, { "e", 9, 10 } });
            save(workbook, out.resolve("mixed-types.xlsx"));
        }
    }

    /** A formula whose result was never computed (POI writes no cached value unless evaluated): cell B3. */
    static void writeFormulaWithoutValue(Path out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Sheet1");
            fill(sheet, 0, 0, new String[] { "x", "y" }, new Object[][] { { 1, 2 }, { 3, null } });
            sheet.getRow(2).createCell(1).setCellFormula("A3*2");
            save(workbook, out.resolve("formula-without-value.xlsx"));
        }
    }

    /** A formula whose cached result is an error (#DIV/0!) in cell B3. */
    static void writeErrorCell(Path out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Sheet1");
            fill(sheet, 0, 0, new String[] { "x", "ratio" }, new Object[][] { { 1, 2 }, { 0, null } });
            sheet.getRow(2).createCell(1).setCellFormula("1/A3");
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            save(workbook, out.resolve("error-cell.xlsx"));
        }
    }

    /** A header whose second cell (B1) is empty while data follow in column B. */
    static void writeBlankHeader(Path out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Sheet1");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("x");
            head.createCell(2).setCellValue("z");
            Row row = sheet.createRow(1);
            for (int c = 0; c < 3; c++) {
                row.createCell(c).setCellValue(c);
            }
            save(workbook, out.resolve("blank-header.xlsx"));
        }
    }

    /** The first half of survey.xlsx, as a broken download leaves it. */
    static void writeTruncated(Path out) throws IOException {
        byte[] whole = Files.readAllBytes(out.resolve("survey.xlsx"));
        Files.write(out.resolve("truncated.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
    }

    /** A CSV text saved under an .xlsx name. */
    static void writeWrongMagic(Path out) throws IOException {
        Files.writeString(out.resolve("wrong-magic.xlsx"), "id,q1\nR01,5\n", StandardCharsets.UTF_8);
    }

    /**
     * A well-formed workbook whose sheet part inflates from about 100 KiB to 100 MiB (1,000:1) of
     * blank space: a reader must refuse it by its declared size and ratio before inflating it.
     */
    static void writeZipBomb(Path out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            ZipEntry sheet = new ZipEntry("xl/worksheets/sheet1.xml");
            sheet.setTimeLocal(FIXED_TIME);
            zip.putNextEntry(sheet);
            zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>".getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(blanks);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.write(out.resolve("zip-bomb.xlsx"), bytes.toByteArray());
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Writes a header and rows starting at a 0-based row and column; null leaves a cell empty. */
    private static void fill(XSSFSheet sheet, int firstRow, int firstColumn, String[] header, Object[][] rows) {
        Row head = row(sheet, firstRow);
        for (int c = 0; c < header.length; c++) {
            head.createCell(firstColumn + c).setCellValue(header[c]);
        }
        for (int r = 0; r < rows.length; r++) {
            Row row = row(sheet, firstRow + 1 + r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(firstColumn + c);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }

    private static Row row(XSSFSheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    /** Saves with a fixed creation date and re-zips with fixed entry times (reproducible bytes). */
    private static void save(XSSFWorkbook workbook, Path target) throws IOException {
        workbook.getProperties().getCoreProperties().setCreated(Optional.of(
                Date.from(FIXED_TIME.toInstant(java.time.ZoneOffset.UTC))));
        ByteArrayOutputStream poi = new ByteArrayOutputStream();
        workbook.write(poi);
        try (OutputStream file = Files.newOutputStream(target);
                ZipOutputStream zip = new ZipOutputStream(file);
                ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(poi.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
    }
}
