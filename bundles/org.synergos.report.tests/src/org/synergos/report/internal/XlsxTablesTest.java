package org.synergos.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.ColumnFormat;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.format.CellText;

class XlsxTablesTest {

    private static XSSFWorkbook workbook() throws Exception {
        byte[] bytes = XlsxTables.render(NumberedTable.of(ReportFixtures.runs()), ReportTimestamp.FIXED);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void oneSheetPerTableWithValidUniqueNames() throws Exception {
        try (XSSFWorkbook workbook = workbook()) {
            // PLS fixture: structural model, indirect effects, R²; descriptive: one table
            assertEquals(4, workbook.getNumberOfSheets());
            Set<String> names = new HashSet<>();
            for (Sheet sheet : workbook) {
                String name = sheet.getSheetName();
                assertTrue(name.length() <= 31, name);
                assertTrue(name.chars().noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0), name);
                assertTrue(names.add(name.toLowerCase(Locale.ROOT)), "unique: " + name);
            }
            assertEquals("T1 Structural model path coeffi", workbook.getSheetAt(0).getSheetName());
            assertTrue(workbook.getSheetAt(3).getSheetName().startsWith("T4 Descriptive statistics"));
        }
    }

    @Test
    void apaLayoutCaptionTitleRulesAndNotes() throws Exception {
        try (XSSFWorkbook workbook = workbook()) {
            XSSFSheet sheet = workbook.getSheetAt(3);
            assertEquals("Table 4", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold());
            assertEquals("Descriptive statistics " + ReportFixtures.HOSTILE, sheet.getRow(1).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(1).getCell(0).getCellStyle().getFont().getItalic());
            Row header = sheet.getRow(2);
            assertEquals(List.of("Variable", "M", "p", "N", "Share"),
                    List.of(text(header, 0), text(header, 1), text(header, 2), text(header, 3), text(header, 4)));
            for (Cell cell : header) {
                assertEquals(BorderStyle.THIN, cell.getCellStyle().getBorderTop(), "rule above the header");
                assertEquals(BorderStyle.THIN, cell.getCellStyle().getBorderBottom(), "rule under the header");
            }
            for (Cell cell : sheet.getRow(3)) {
                assertEquals(BorderStyle.NONE, cell.getCellStyle().getBorderBottom(), "no rules between rows");
                assertEquals(BorderStyle.NONE, cell.getCellStyle().getBorderTop());
            }
            for (int c = 0; c < 5; c++) {
                assertEquals(BorderStyle.THIN, sheet.getRow(6).getCell(c).getCellStyle().getBorderBottom(),
                        "rule under the last row, column " + c);
            }
            assertEquals("Note. N = 314; " + ReportFixtures.HOSTILE, sheet.getRow(7).getCell(0).getStringCellValue());
        }
    }

    @Test
    void numbersAreNumbersShownWithTheReportsDecimals() throws Exception {
        try (XSSFWorkbook workbook = workbook()) {
            XSSFSheet sheet = workbook.getSheetAt(3);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            XSSFCell mean = sheet.getRow(3).getCell(1);
            assertEquals(CellType.NUMERIC, mean.getCellType());
            assertEquals(4.2715, mean.getNumericCellValue(), 0, "full precision kept");
            assertEquals("0.000", mean.getCellStyle().getDataFormatString());
            assertEquals("4.272", formatter.formatCellValue(mean));
            assertEquals("-0.500", formatter.formatCellValue(sheet.getRow(4).getCell(1)));
            assertEquals("314", formatter.formatCellValue(sheet.getRow(3).getCell(3)));
            assertEquals("36.4%", formatter.formatCellValue(sheet.getRow(3).getCell(4)));
            // p-values: POI's own formatter misreads conditional sections; Excel and LibreOffice show
            // "< .001", ".042", "1.000" (checked with LibreOffice 7.4, see docs/benchmarks.md)
            XSSFCell p = sheet.getRow(4).getCell(2);
            assertEquals(CellType.NUMERIC, p.getCellType());
            assertEquals(0.042, p.getNumericCellValue(), 0);
            assertEquals("[<0.001]\"< .001\";.000", p.getCellStyle().getDataFormatString());
            assertEquals(CellType.BLANK, sheet.getRow(5).getCell(1).getCellType(), "empty stays empty");
        }
    }

    @Test
    void formulaLikeTextIsQuotePrefixedTextAndNoCellIsAFormula() throws Exception {
        try (XSSFWorkbook workbook = workbook()) {
            XSSFSheet sheet = workbook.getSheetAt(3);
            for (int r : new int[] { 3, 4, 6 }) {
                XSSFCell cell = sheet.getRow(r).getCell(0);
                assertEquals(CellType.STRING, cell.getCellType());
                assertTrue(cell.getCellStyle().getQuotePrefixed(), cell.getStringCellValue());
            }
            assertEquals("=HYPERLINK(\"http://x\")", sheet.getRow(3).getCell(0).getStringCellValue(), "text kept as is");
            assertFalse(sheet.getRow(5).getCell(0).getCellStyle().getQuotePrefixed(), "plain text untouched");
            assertEquals("新质生产力 NQ1", sheet.getRow(5).getCell(0).getStringCellValue());
            for (Sheet each : workbook) {
                for (Row row : each) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), each.getSheetName() + "!" + cell.getAddress());
                    }
                }
            }
        }
    }

    @Test
    void numberFormatsMatchCellText() {
        assertEquals("0", XlsxTables.numberFormat(ColumnFormat.INTEGER, 0));
        assertEquals("0.00", XlsxTables.numberFormat(ColumnFormat.DECIMAL, 2));
        assertEquals("0.0%", XlsxTables.numberFormat(ColumnFormat.PERCENT, 1));
        assertEquals("[<0.01]\"< .01\";.00", XlsxTables.numberFormat(ColumnFormat.P_VALUE, 2));
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        ResultColumn mean = ResultColumn.decimal("m", "M", 3);
        ResultColumn share = new ResultColumn("s", "Share", "", ColumnFormat.PERCENT, 1);
        for (double value : new double[] { 0.0004, -0.0426, 0.5, 1, 12.34567 }) {
            assertEquals(CellText.format(mean, value),
                    formatter.formatRawCellContents(value, 200, XlsxTables.numberFormat(ColumnFormat.DECIMAL, 3)), "M = " + value);
            assertEquals(CellText.format(share, value),
                    formatter.formatRawCellContents(value, 201, XlsxTables.numberFormat(ColumnFormat.PERCENT, 1)), "% = " + value);
        }
    }

    @Test
    void sheetNamesAreShortenedCleanedAndMadeUnique() {
        Set<String> used = new HashSet<>();
        assertEquals("T1 a b c d e f g", SheetNames.unique("T1 a[b]c:d*e?f/g\\", used));
        assertEquals("T2 A very long table title that", SheetNames.unique("T2 A very long table title that goes on", used));
        assertEquals("T2 A very long table title (2)", SheetNames.unique("T2 A very long table title that goes on", used));
        assertEquals("Sheet", SheetNames.unique("History", used));
        assertEquals("Sheet (2)", SheetNames.unique("'''", used));
        assertEquals("quoted", SheetNames.unique("'quoted'", used));
        String emoji = "x".repeat(30) + "\uD83D\uDE00";
        assertEquals("x".repeat(30), SheetNames.unique(emoji, used), "no half surrogate pair");
    }

    private static String text(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }
}
