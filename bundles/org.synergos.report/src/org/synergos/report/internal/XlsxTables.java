package org.synergos.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.synergos.analysis.api.ColumnFormat;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.format.CellText;

/**
 * The report's tables as one Excel workbook ({@code report.xlsx}, Apache POI), one sheet per table, laid
 * out APA style: "Table n" in bold, the title in italics, a rule above and below the header row and under
 * the last row, notes below. Numbers stay numbers at full precision with a number format that shows what
 * the other formats print ({@link CellText}: same decimals, percent, p-values as ".042" and "&lt; .001"); text
 * stays text, and text a spreadsheet would read as a formula is a quote-prefixed text cell
 * ({@link FormulaText}). No cell is ever a formula.
 */
final class XlsxTables implements AutoCloseable {

    private static final String FONT = "Times New Roman";

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Map<String, XSSFCellStyle> styles = new HashMap<>();
    private final XSSFFont plain;
    private final XSSFFont bold;
    private final XSSFFont italic;

    private XlsxTables() {
        plain = font(false, false);
        bold = font(true, false);
        italic = font(false, true);
    }

    static byte[] render(List<NumberedTable> tables, Instant timestamp) {
        try (XlsxTables writer = new XlsxTables()) {
            XSSFWorkbook workbook = writer.workbook;
            Set<String> names = new HashSet<>();
            for (NumberedTable table : tables) {
                writer.sheet(table, SheetNames.unique("T" + table.number() + " " + table.table().title(), names));
            }
            if (tables.isEmpty()) {
                workbook.createSheet("No tables").createRow(0).createCell(0)
                        .setCellValue("The report's analyses produced no tables.");
            }
            POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
            core.setCreator("Synergos");
            core.setCreated(Optional.of(Date.from(timestamp)));
            core.setModified(Optional.of(Date.from(timestamp)));
            ByteArrayOutputStream out = new ByteArrayOutputStream(65_536);
            workbook.write(out);
            return OfficeZip.normalise(out.toByteArray(), timestamp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private void sheet(NumberedTable numbered, String name) {
        ResultTable table = numbered.table();
        List<ResultColumn> columns = table.columns();
        XSSFSheet sheet = workbook.createSheet(name);
        int[] widths = new int[Math.max(1, columns.size())];
        XSSFCell caption = sheet.createRow(0).createCell(0);
        caption.setCellValue(numbered.caption());
        caption.setCellStyle(style("caption", ColumnFormat.TEXT, 0, false, false));
        XSSFCell title = sheet.createRow(1).createCell(0);
        title.setCellValue(table.title());
        title.setCellStyle(style("title", ColumnFormat.TEXT, 0, false, FormulaText.isFormulaLike(table.title())));
        XSSFRow header = sheet.createRow(2);
        for (int c = 0; c < columns.size(); c++) {
            ResultColumn column = columns.get(c);
            String text = NumberedTable.header(column);
            XSSFCell cell = header.createCell(c);
            cell.setCellValue(text);
            cell.setCellStyle(style("header", column.format(), 0, false, FormulaText.isFormulaLike(text)));
            widths[c] = Math.max(widths[c], ReportText.displayWidth(text));
        }
        List<List<Object>> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            XSSFRow row = sheet.createRow(3 + r);
            boolean last = r == rows.size() - 1;
            for (int c = 0; c < columns.size(); c++) {
                ResultColumn column = columns.get(c);
                Object value = rows.get(r).get(c);
                XSSFCell cell = row.createCell(c);
                boolean number = value instanceof Number n && Double.isFinite(n.doubleValue());
                String text = value == null || number ? "" : value.toString();
                if (number) {
                    cell.setCellValue(((Number) value).doubleValue());
                    cell.setCellStyle(style("body", column.format() == ColumnFormat.TEXT ? null : column.format(),
                            column.decimals(), last, false));
                } else {
                    if (value != null) {
                        cell.setCellValue(text);
                    }
                    cell.setCellStyle(style("body", ColumnFormat.TEXT, 0, last, FormulaText.isFormulaLike(text)));
                }
                widths[c] = Math.max(widths[c], ReportText.displayWidth(CellText.format(column, value)));
            }
        }
        int noteRow = 3 + rows.size();
        for (String note : table.notes()) {
            XSSFRichTextString text = new XSSFRichTextString("Note. " + note);
            text.applyFont(0, 5, italic);
            text.applyFont(5, text.length(), plain);
            XSSFCell cell = sheet.createRow(noteRow++).createCell(0);
            cell.setCellValue(text);
            cell.setCellStyle(style("note", ColumnFormat.TEXT, 0, false, false));
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, Math.min(60, widths[c] + 2) * 256);
        }
    }

    /** @param format {@code null} for a number in a text column (general number format) */
    private XSSFCellStyle style(String role, ColumnFormat format, int decimals, boolean lastRow, boolean quoted) {
        String key = role + '|' + format + '|' + decimals + '|' + lastRow + '|' + quoted;
        return styles.computeIfAbsent(key, k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFont(role.equals("caption") ? bold : role.equals("title") ? italic : plain);
            if (role.equals("header")) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
            }
            if (lastRow) {
                style.setBorderBottom(BorderStyle.THIN);
            }
            if (role.equals("header") || role.equals("body")) {
                style.setAlignment(format == ColumnFormat.TEXT ? HorizontalAlignment.LEFT : HorizontalAlignment.RIGHT);
            }
            if (role.equals("body") && format != ColumnFormat.TEXT) {
                style.setDataFormat(workbook.createDataFormat().getFormat(numberFormat(format, decimals)));
            }
            style.setQuotePrefixed(quoted);
            return style;
        });
    }

    /** The Excel number format that shows a value as {@link CellText#format} prints it. */
    static String numberFormat(ColumnFormat format, int decimals) {
        if (format == null) {
            return "General";
        }
        String fraction = decimals > 0 ? "." + "0".repeat(decimals) : "";
        return switch (format) {
        case INTEGER -> "0";
        case DECIMAL -> "0" + fraction;
        case PERCENT -> "0" + fraction + "%";
        // APA: no leading zero, and "< .001" below the smallest printable value
        case P_VALUE -> decimals > 0
                ? "[<" + CellText.fixed(Math.pow(10, -decimals), decimals) + "]\"" + CellText.pValue(0, decimals)
                        + "\";" + fraction
                : "0";
        case TEXT -> "@";
        };
    }

    private XSSFFont font(boolean isBold, boolean isItalic) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) 11);
        font.setBold(isBold);
        font.setItalic(isItalic);
        return font;
    }
}
