package org.synergos.report.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ColumnFormat;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.format.CellText;
import org.synergos.analysis.reproduce.RScript;
import org.synergos.analysis.study.ConfiguredRun;
import org.synergos.analysis.study.Study;
import org.synergos.model.Framework;

/**
 * The report as a Word document ({@code report.docx}, Apache POI), in the order of {@code index.html}: title,
 * description, authors, the model summary and diagram, then per analysis its status, messages, methods
 * paragraph, provenance, results paragraph, path diagram and tables. Tables are APA style ("Table n" in
 * bold, the title in italics, rules above and below the header row and under the last row only, numbers
 * right-aligned as {@link CellText} prints them, notes below); diagrams are PNG pictures drawn with the
 * bundled CJK font ({@link DiagramPng}). POI escapes every string for XML.
 */
final class DocxReport {

    private static final String FONT = "Times New Roman";
    private static final String EAST_ASIAN_FONT = "SimSun";
    /** Text width of a Letter or A4 page with 1-inch margins, in pt. */
    private static final double TEXT_WIDTH = 6.0 * 72;
    /** Rule width in eighths of a point. */
    private static final int RULE = 8;

    private final Study study;
    private final List<ConfiguredRun> runs;
    private final ReportDiagrams diagrams;
    private final List<NumberedTable> tables;
    private final XWPFDocument document = new XWPFDocument();
    private int figures;

    private final Optional<RScript> reproduction;
    private final Optional<ReportedSections> reported;

    DocxReport(Study study, List<ConfiguredRun> runs, ReportDiagrams diagrams, Optional<RScript> reproduction) {
        this(study, runs, diagrams, reproduction, ReportedSections.of(study.framework(), runs));
    }

    DocxReport(Study study, List<ConfiguredRun> runs, ReportDiagrams diagrams, Optional<RScript> reproduction,
            Optional<ReportedSections> reported) {
        this.reproduction = reproduction;
        this.study = study;
        this.runs = runs;
        this.diagrams = diagrams;
        this.reported = reported;
        this.tables = NumberedTable.of(ReportedSections.withTables(runs, reported));
    }

    byte[] render(Instant timestamp) {
        try (XWPFDocument doc = document) {
            heading(study.name(), 16);
            Framework model = study.framework();
            if (model.getDescription() != null && !model.getDescription().isBlank()) {
                paragraph(null, model.getDescription(), 11);
            }
            if (!model.getAuthors().isEmpty()) {
                paragraph(null, String.join(", ", model.getAuthors()), 11);
            }
            heading("Model", 13);
            paragraph(null, ReportText.modelSummary(model), 11);
            diagrams.modelDiagram().ifPresent(d -> figure(d, "Structural model (" + d.svgFile() + ", " + d.pdfFile() + ")"));
            int table = 0;
            for (int i = 0; i < runs.size(); i++) {
                table = analysis(runs.get(i), i, table);
            }
            if (reported.isPresent()) {
                // the reported statistics' tables come after the analyses', numbered on (as in the workbook)
                heading(ReportedSections.NAME, 13);
                paragraph(null, reported.get().summary() + ".", 11);
                for (int t = 0; t < reported.get().tables().size(); t++) {
                    table(tables.get(table++));
                }
            }
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            core.setTitle(study.name());
            core.setCreator("Synergos");
            core.setCreated(Optional.of(Date.from(timestamp)));
            core.setModified(Optional.of(Date.from(timestamp)));
            ByteArrayOutputStream out = new ByteArrayOutputStream(262_144);
            doc.write(out);
            return OfficeZip.normalise(out.toByteArray(), timestamp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int analysis(ConfiguredRun run, int index, int tableIndex) {
        AnalysisResult result = run.result();
        heading(run.name(), 13);
        paragraph(null, run.engineId() + " " + result.engineVersion() + ": " + ReportText.status(result), 11);
        for (Message message : result.messages()) {
            paragraph(null, message.toString(), 11);
        }
        String methods = ReproductionNote.append(MethodsParagraph.render(result),
                ReproductionNote.of(reproduction, run.name()));
        if (!methods.isEmpty()) {
            paragraph("Methods.", methods, 11);
        }
        if (!result.provenance().isEmpty()) {
            paragraph("Provenance:", ReportText.provenance(result.provenance()) + ".", 9);
        }
        String results = ResultsParagraph.render(study.framework(), result);
        if (!results.isEmpty()) {
            paragraph("Results.", results, 11);
        }
        diagrams.diagramOfRun(index).ifPresent(d -> figure(d, "Path model of " + run.name() + " with estimates ("
                + d.svgFile() + ", " + d.pdfFile() + ")"));
        for (ReportDiagrams.Chart chart : diagrams.chartsOfRun(index)) {
            figure(DiagramPng.render(chart.chart()::paint), chart.chart().base().replace('/', '-') + ".png",
                    chart.svgFile(), chart.chart().caption() + " (" + chart.svgFile() + ", " + chart.pdfFile() + ")");
        }
        int next = tableIndex;
        for (int t = 0; t < result.tables().size(); t++) {
            table(tables.get(next++));
        }
        return next;
    }

    private void heading(String text, int size) {
        XWPFParagraph paragraph = newParagraph();
        paragraph.setSpacingBefore(240);
        paragraph.setSpacingAfter(120);
        paragraph.setKeepNext(true);
        run(paragraph, text, size).setBold(true);
    }

    /** A paragraph, with an italic lead-in ("Methods.") when {@code lead} is not null. */
    private void paragraph(String lead, String text, int size) {
        XWPFParagraph paragraph = newParagraph();
        paragraph.setSpacingAfter(120);
        if (lead != null) {
            run(paragraph, lead + " ", size).setItalic(true);
        }
        run(paragraph, text, size);
    }

    /** A new paragraph with its properties element (POI's setKeepNext fails on a paragraph without one). */
    private XWPFParagraph newParagraph() {
        XWPFParagraph paragraph = document.createParagraph();
        if (!paragraph.getCTP().isSetPPr()) {
            paragraph.getCTP().addNewPPr();
        }
        return paragraph;
    }

    private XWPFRun run(XWPFParagraph paragraph, String text, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT, FontCharRange.ascii);
        run.setFontFamily(FONT, FontCharRange.hAnsi);
        run.setFontFamily(EAST_ASIAN_FONT, FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setText(text);
        return run;
    }

    private void figure(ReportDiagrams.Diagram diagram, String caption) {
        figure(DiagramPng.render(diagram.scene(), diagram.title()), diagram.base().replace('/', '-') + ".png",
                diagram.svgFile(), caption);
    }

    private void figure(DiagramPng.Picture picture, String pictureName, String svgFile, String caption) {
        // layout px at 96 dpi, shrunk to the text width
        double width = picture.width() * 0.75;
        double height = picture.height() * 0.75;
        if (width > TEXT_WIDTH) {
            height *= TEXT_WIDTH / width;
            width = TEXT_WIDTH;
        }
        XWPFParagraph paragraph = newParagraph();
        paragraph.setKeepNext(true);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(picture.png()), PictureType.PNG, pictureName,
                    Units.toEMU(width), Units.toEMU(height));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("cannot embed the diagram " + svgFile, e);
        }
        figures++;
        XWPFParagraph label = newParagraph();
        label.setSpacingAfter(240);
        run(label, "Figure " + figures + ". ", 10).setItalic(true);
        run(label, caption + ".", 10);
    }

    private void table(NumberedTable numbered) {
        ResultTable table = numbered.table();
        XWPFParagraph caption = newParagraph();
        caption.setSpacingBefore(240);
        caption.setKeepNext(true);
        run(caption, numbered.caption(), 11).setBold(true);
        XWPFParagraph title = newParagraph();
        title.setSpacingAfter(60);
        title.setKeepNext(true);
        run(title, table.title(), 11).setItalic(true);

        List<ResultColumn> columns = table.columns();
        int columnCount = Math.max(1, columns.size());
        XWPFTable grid = document.createTable(table.rows().size() + 1, columnCount);
        grid.setTopBorder(XWPFBorderType.SINGLE, RULE, 0, "000000");
        grid.setBottomBorder(XWPFBorderType.SINGLE, RULE, 0, "000000");
        grid.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        grid.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        grid.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
        grid.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
        // narrow cell margins (twips) and a smaller font for wide tables, so a correlation matrix fits the page
        grid.setCellMargins(0, 57, 0, 57);
        int size = columnCount <= 8 ? 10 : columnCount <= 12 ? 9 : columnCount <= 16 ? 8 : 7;
        for (int c = 0; c < columns.size(); c++) {
            XWPFTableCell cell = grid.getRow(0).getCell(c);
            cell(cell, NumberedTable.header(columns.get(c)), columns.get(c).format() != ColumnFormat.TEXT, size);
            CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            CTTcBorders borders = properties.isSetTcBorders() ? properties.getTcBorders() : properties.addNewTcBorders();
            CTBorder bottom = borders.addNewBottom();
            bottom.setVal(STBorder.SINGLE);
            bottom.setSz(BigInteger.valueOf(RULE / 2));
            bottom.setColor("000000");
        }
        columnWidths(grid, table, size);
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < columns.size(); c++) {
                ResultColumn column = columns.get(c);
                cell(grid.getRow(r + 1).getCell(c), CellText.format(column, row.get(c)),
                        column.format() != ColumnFormat.TEXT, size);
            }
        }
        for (String note : table.notes()) {
            XWPFParagraph paragraph = newParagraph();
            run(paragraph, "Note. ", 10).setItalic(true);
            run(paragraph, note, 10);
        }
        newParagraph().setSpacingAfter(120);
    }

    /**
     * Column widths from the content: each column at least as wide as its longest word (numbers never wrap),
     * at most as wide as its longest cell; space beyond the minimums goes to the columns whose text would
     * otherwise wrap, in proportion to what they lack, up to the text width.
     */
    private static void columnWidths(XWPFTable grid, ResultTable table, int size) {
        List<ResultColumn> columns = table.columns();
        double[] min = new double[columns.size()];
        double[] max = new double[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            ResultColumn column = columns.get(c);
            List<String> texts = new ArrayList<>();
            texts.add(NumberedTable.header(column));
            for (List<Object> row : table.rows()) {
                texts.add(CellText.format(column, row.get(c)));
            }
            for (int t = 0; t < texts.size(); t++) {
                String text = texts.get(t);
                boolean wraps = t == 0 || column.format() == ColumnFormat.TEXT;
                for (String word : wraps ? text.split("\\s+") : new String[] { text }) {
                    min[c] = Math.max(min[c], twips(ReportText.displayWidth(word), size));
                }
                max[c] = Math.max(max[c], twips(t == 0 ? 0 : ReportText.displayWidth(text), size));
            }
            max[c] = Math.max(max[c], min[c]);
        }
        double available = TEXT_WIDTH * 20;
        double sumMin = 0;
        double sumMax = 0;
        for (int c = 0; c < min.length; c++) {
            sumMin += min[c];
            sumMax += max[c];
        }
        double[] widths = new double[min.length];
        for (int c = 0; c < min.length; c++) {
            if (sumMax <= available) {
                widths[c] = max[c];
            } else if (sumMin >= available) {
                widths[c] = min[c] * available / sumMin;
            } else {
                widths[c] = min[c] + (max[c] - min[c]) * (available - sumMin) / (sumMax - sumMin);
            }
        }
        for (int c = 0; c < widths.length; c++) {
            String twips = Long.toString(Math.round(widths[c]));
            for (int r = 0; r < grid.getNumberOfRows(); r++) {
                grid.getRow(r).getCell(c).setWidth(twips);
            }
        }
    }

    /** Twips for {@code cells} character cells at {@code size} pt: half an em each, plus margins and air. */
    private static double twips(int cells, int size) {
        return cells * size * 0.55 * 20 + 2 * 57 + 40;
    }

    private void cell(XWPFTableCell cell, String text, boolean number, int size) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        if (!paragraph.getCTP().isSetPPr()) {
            paragraph.getCTP().addNewPPr();
        }
        paragraph.setSpacingAfter(0);
        paragraph.setAlignment(number ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        run(paragraph, text, size);
    }
}
