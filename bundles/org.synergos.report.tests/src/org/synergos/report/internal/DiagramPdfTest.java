package org.synergos.report.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DiagramPdfTest {

    private static byte[] pdf(String decoration) throws Exception {
        PlsFixture fixture = new PlsFixture(decoration);
        DiagramScene scene = DiagramLayout.layout(fixture.model, DiagramValues.of(fixture.result()));
        try (TrueTypeFont font = DiagramPdf.parseFont()) {
            return DiagramPdf.render(scene, "PLS-SEM " + decoration, font, ReportTimestamp.get());
        }
    }

    @Test
    void chineseTextIsExtractableAndTheFontIsAnEmbeddedSubset() throws Exception {
        byte[] bytes = pdf("");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("新质生产力"), text);
            assertTrue(text.contains("数字化转型"), text);
            assertTrue(text.contains("NQ1") && text.contains("0.283***"), text);
            assertTrue(text.contains("R² = 0.629"), text);
            PDPage page = document.getPage(0);
            int fonts = 0;
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font instanceof PDType0Font, font.getName());
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+NotoSansSC.*"), "subset tag: " + font.getName());
                assertNotNull(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2(),
                        "TrueType program embedded");
                fonts++;
            }
            assertEquals(1, fonts);
        }
        assertTrue(bytes.length < 150_000, "subset, not the 10 MB font: " + bytes.length);
    }

    @Test
    void vectorDrawingWithoutBrowserFeatures() throws Exception {
        String pdf = new String(pdf(""), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF-1."));
        // no JavaScript, no forms, no transparency groups, no embedded images
        for (String feature : new String[] { "/JavaScript", "/AcroForm", "/Group", "/Subtype /Image", "/XObject" }) {
            assertTrue(!pdf.contains(feature), feature);
        }
    }

    @Test
    void hostileAndUnprintableStringsAreDrawnNotInterpreted() throws Exception {
        byte[] bytes = pdf(" " + ReportFixtures.HOSTILE + " \u0007 \uD83D\uDE00");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("<script>alert('x')</script>"), text);
        }
    }

    @Test
    void sameSceneGivesIdenticalBytesWithAFixedDateAndId() throws Exception {
        byte[] first = pdf("");
        Thread.sleep(1100);
        byte[] second = pdf("");
        assertArrayEquals(first, second);
        try (PDDocument document = Loader.loadPDF(first)) {
            assertEquals(ReportTimestamp.get().toEpochMilli(),
                    document.getDocumentInformation().getCreationDate().getTimeInMillis());
        }
    }
}
