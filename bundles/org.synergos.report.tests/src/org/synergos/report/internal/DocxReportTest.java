package org.synergos.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

class DocxReportTest {

    @TempDir
    Path dir;

    private XWPFDocument document() throws Exception {
        new ReportFiles(ReportFixtures.plsStudy(), ReportFixtures.runs(), dir).write();
        try (InputStream in = Files.newInputStream(dir.resolve("report.docx"))) {
            return new XWPFDocument(in);
        }
    }

    /** Paragraph texts in body order; a table counts as "[table]". */
    private static List<String> body(XWPFDocument document) {
        List<String> texts = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            texts.add(element instanceof XWPFParagraph p ? p.getText() : "[table]");
        }
        return texts;
    }

    private static int indexOf(List<String> texts, String prefix) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph starting with '" + prefix + "' in " + texts);
    }

    @Test
    void followsTheHtmlReportsOrderWithMethodsAndResultsParagraphs() throws Exception {
        try (XWPFDocument document = document()) {
            List<String> texts = body(document);
            assertEquals("新质生产力 study " + ReportFixtures.HOSTILE, texts.get(0), "title, model strings kept literally");
            int model = indexOf(texts, "Model");
            int summary = indexOf(texts, "3 constructs measured by 18 indicators, 3 structural paths");
            int pls = indexOf(texts, "PLS-SEM " + ReportFixtures.HOSTILE);
            int status = indexOf(texts, "pls-sem 0.1.0: completed");
            int methods = indexOf(texts, "Methods. The model was estimated with PLS-SEM (PLS path algorithm, path "
                    + "weighting scheme) in Synergos PLS-SEM 0.1.0;");
            int provenance = indexOf(texts, "Provenance: algorithm: PLS path algorithm; blindfolding: 7;");
            int results = indexOf(texts, "Results. H1 (NQPF → CIP) was supported (β = 0.283, t = 6.911, p < .001).");
            int figure = indexOf(texts, "Figure 2. Path model of PLS-SEM");
            int table1 = indexOf(texts, "Table 1");
            int descriptives = indexOf(texts, "Descriptives");
            int table4 = indexOf(texts, "Table 4");
            int failed = indexOf(texts, "cb-sem 0.1.0: failed");
            assertTrue(model < summary && summary < pls && pls < status && status < methods && methods < provenance
                    && provenance < results && results < figure && figure < table1 && table1 < descriptives
                    && descriptives < table4 && table4 < failed, texts.toString());
            assertEquals("Structural model: path coefficients", texts.get(table1 + 1));
            assertEquals("[table]", texts.get(table1 + 2));
            assertTrue(texts.get(table1 + 3).startsWith("Note. Bootstrap with 5000 valid"), texts.get(table1 + 3));
            assertTrue(texts.stream().anyMatch(t -> t.contains("did not converge " + ReportFixtures.HOSTILE)));
        }
    }

    @Test
    void tablesAreApaStyleWithTheReportsCellText() throws Exception {
        try (XWPFDocument document = document()) {
            assertEquals(4, document.getTables().size());
            XWPFTable table = document.getTables().get(3);
            assertEquals("Variable", table.getRow(0).getCell(0).getText());
            assertEquals("=HYPERLINK(\"http://x\")", table.getRow(1).getCell(0).getText(), "Word runs no formulas");
            assertEquals("4.272", table.getRow(1).getCell(1).getText());
            assertEquals("< .001", table.getRow(1).getCell(2).getText());
            assertEquals("36.4%", table.getRow(1).getCell(4).getText());
            assertEquals(".042", table.getRow(2).getCell(2).getText());
            assertEquals("", table.getRow(3).getCell(1).getText());
            assertEquals(ParagraphAlignment.RIGHT, table.getRow(1).getCell(1).getParagraphs().get(0).getAlignment());
            assertEquals(ParagraphAlignment.LEFT, table.getRow(1).getCell(0).getParagraphs().get(0).getAlignment());
            assertEquals(XWPFBorderType.SINGLE, table.getTopBorderType(), "rule above the header");
            assertEquals(XWPFBorderType.SINGLE, table.getBottomBorderType(), "rule under the last row");
            assertEquals(XWPFBorderType.NONE, table.getInsideHBorderType(), "no rules between rows");
            assertEquals(XWPFBorderType.NONE, table.getInsideVBorderType(), "no vertical rules");
            assertEquals(XWPFBorderType.NONE, table.getLeftBorderType());
            assertEquals(STBorder.SINGLE, table.getRow(0).getCell(1).getCTTc().getTcPr().getTcBorders().getBottom().getVal(),
                    "rule under the header");
            assertFalse(table.getRow(1).getCell(1).getCTTc().getTcPr() != null
                    && table.getRow(1).getCell(1).getCTTc().getTcPr().isSetTcBorders(), "body cells have no own rules");
        }
    }

    @Test
    void pathDiagramsAreEmbeddedAsPictures() throws Exception {
        try (XWPFDocument document = document()) {
            List<XWPFPictureData> pictures = document.getAllPictures();
            assertEquals(2, pictures.size(), "model diagram and the PLS-SEM run's diagram");
            for (XWPFPictureData picture : pictures) {
                assertEquals("png", picture.suggestFileExtension());
                byte[] png = picture.getData();
                assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G');
            }
        }
    }
}
