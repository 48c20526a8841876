package org.synergos.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A path diagram as a one-page vector PDF (PDFBox): lines, Bézier curves, ellipses and filled arrowheads,
 * text in Noto Sans SC embedded as a subset, so Chinese names render everywhere and the text stays
 * selectable and searchable. Plain PDF 1.4 drawing operators only, which Inkscape, Word and every viewer
 * import. 1 px of the layout is 0.75 pt (96 dpi, as the SVG). Deterministic: no creation date beyond
 * the report's timestamp ({@link ReportTimestamp}), a document /ID derived from the content, a subset tag derived from the glyphs.
 */
final class DiagramPdf implements DiagramCanvas {

    private static final float SCALE = 0.75f;
    private static final float ARROW_LENGTH = 10;
    private static final float ARROW_HALF_WIDTH = 5;
    /** Bézier control-point factor for a quarter ellipse. */
    private static final double KAPPA = 0.5522847498307936;

    private final PDDocument document;
    private final PDType0Font font;
    /** Code point → the CID it is drawn with, or -1 when the font lacks it. */
    private final Map<Integer, Integer> glyphs = new HashMap<>();
    /** CID → the code point drawn with it, for the ToUnicode map. */
    private final Map<Integer, Integer> drawn = new TreeMap<>();
    private PDPageContentStream content;
    private float pageHeight;

    private DiagramPdf(PDDocument document, TrueTypeFont ttf) throws IOException {
        this.document = document;
        this.font = PDType0Font.load(document, ttf, true);
    }

    /** Reads the bundled font for {@link #render}; one parse serves every PDF of a report. */
    static TrueTypeFont parseFont() {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(ReportFont.bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param ttf from {@link #parseFont()}; the caller closes it after the last PDF */
    static byte[] render(DiagramScene scene, String title, TrueTypeFont ttf, java.time.Instant documentDate) {
        return render(canvas -> DiagramPainter.paint(scene, title, canvas), title,
                PathDiagramSvg.render(scene, title, "id"), ttf, documentDate);
    }

    /**
     * Any drawing on a canvas (a chart: {@link SeriesChart}) as a one-page PDF.
     *
     * @param content what the page shows, as text (its SVG): the document /ID is its digest
     */
    static byte[] render(java.util.function.Consumer<DiagramCanvas> painter, String title, String content,
            TrueTypeFont ttf, java.time.Instant documentDate) {
        try (PDDocument document = new PDDocument()) {
            DiagramPdf canvas = new DiagramPdf(document, ttf);
            try {
                painter.accept(canvas);
            } finally {
                if (canvas.content != null) {
                    canvas.content.close();
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Synergos");
            info.setProducer("Synergos (Apache PDFBox)");
            Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            date.setTimeInMillis(documentDate.toEpochMilli());
            info.setCreationDate(date);
            info.setModificationDate(date);
            document.getDocument().getTrailer().setItem(COSName.ID, id(title, content));
            // the first save subsets the font; PDFBox's ToUnicode map then names, for a glyph several code
            // points share, the lowest one (a Kangxi radical such as U+2F63 instead of 生 U+751F), so text
            // copied from the PDF would differ from the model's: map each glyph to the code point drawn
            document.save(new ByteArrayOutputStream(32_768));
            canvas.replaceToUnicode();
            ByteArrayOutputStream out = new ByteArrayOutputStream(32_768);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void replaceToUnicode() throws IOException {
        StringBuilder cmap = new StringBuilder(1024 + drawn.size() * 16);
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(drawn.entrySet());
        for (int start = 0; start < entries.size(); start += 100) {
            List<Map.Entry<Integer, Integer>> block = entries.subList(start, Math.min(entries.size(), start + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, Integer> entry : block) {
                cmap.append(String.format(Locale.ROOT, "<%04X> <", entry.getKey()));
                for (char unit : Character.toChars(entry.getValue())) {
                    cmap.append(String.format(Locale.ROOT, "%04X", (int) unit));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }

    /** The trailer's /ID (otherwise random): a digest of what the page shows. */
    private static COSArray id(String title, String content) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(title.getBytes(StandardCharsets.UTF_8));
            md5.update(content.getBytes(StandardCharsets.UTF_8));
            COSString id = new COSString(md5.digest());
            COSArray array = new COSArray();
            array.add(id);
            array.add(id);
            return array;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void begin(double width, double height, String title) {
        try {
            PDPage page = new PDPage(new PDRectangle((float) width * SCALE, (float) height * SCALE));
            document.addPage(page);
            pageHeight = (float) height;
            content = new PDPageContentStream(document, page);
            content.setNonStrokingColor(1f, 1f, 1f);
            content.addRect(0, 0, (float) width * SCALE, (float) height * SCALE);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        try {
            content.setStrokingColor(0x55 / 255f, 0x55 / 255f, 0x55 / 255f);
            content.setLineWidth(1 * SCALE);
            content.moveTo(x(x1), y(y1));
            content.lineTo(x(x2), y(y2));
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void arrow(double x1, double y1, double qx, double qy, double x2, double y2, boolean curved) {
        try {
            content.setStrokingColor(0f, 0f, 0f);
            content.setLineWidth(1.4f * SCALE);
            content.moveTo(x(x1), y(y1));
            double dx;
            double dy;
            if (curved) {
                // the quadratic curve as the cubic PDF draws
                content.curveTo(x(x1 + 2.0 / 3 * (qx - x1)), y(y1 + 2.0 / 3 * (qy - y1)), x(x2 + 2.0 / 3 * (qx - x2)),
                        y(y2 + 2.0 / 3 * (qy - y2)), x(x2), y(y2));
                dx = x2 - qx;
                dy = y2 - qy;
            } else {
                content.lineTo(x(x2), y(y2));
                dx = x2 - x1;
                dy = y2 - y1;
            }
            content.stroke();
            double length = Math.hypot(dx, dy);
            if (length > 0) {
                double ux = dx / length;
                double uy = dy / length;
                double bx = x2 - ux * ARROW_LENGTH;
                double by = y2 - uy * ARROW_LENGTH;
                content.setNonStrokingColor(0f, 0f, 0f);
                content.moveTo(x(x2), y(y2));
                content.lineTo(x(bx - uy * ARROW_HALF_WIDTH), y(by + ux * ARROW_HALF_WIDTH));
                content.lineTo(x(bx + uy * ARROW_HALF_WIDTH), y(by - ux * ARROW_HALF_WIDTH));
                content.closePath();
                content.fill();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void ellipse(double cx, double cy, double rx, double ry) {
        try {
            double kx = rx * KAPPA;
            double ky = ry * KAPPA;
            content.setNonStrokingColor(1f, 1f, 1f);
            content.setStrokingColor(0f, 0f, 0f);
            content.setLineWidth(1.5f * SCALE);
            content.moveTo(x(cx + rx), y(cy));
            content.curveTo(x(cx + rx), y(cy + ky), x(cx + kx), y(cy + ry), x(cx), y(cy + ry));
            content.curveTo(x(cx - kx), y(cy + ry), x(cx - rx), y(cy + ky), x(cx - rx), y(cy));
            content.curveTo(x(cx - rx), y(cy - ky), x(cx - kx), y(cy - ry), x(cx), y(cy - ry));
            content.curveTo(x(cx + kx), y(cy - ry), x(cx + rx), y(cy - ky), x(cx + rx), y(cy));
            content.closePath();
            content.fillAndStroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void box(double x, double y, double width, double height) {
        try {
            content.setNonStrokingColor(1f, 1f, 1f);
            content.setStrokingColor(0f, 0f, 0f);
            content.setLineWidth(1 * SCALE);
            content.addRect(x(x), y(y + height), (float) width * SCALE, (float) height * SCALE);
            content.fillAndStroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void labelBackground(double x, double y, double width, double height) {
        try {
            content.setNonStrokingColor(1f, 1f, 1f);
            content.addRect(x(x), y(y + height), (float) width * SCALE, (float) height * SCALE);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(double x, double baseline, Anchor anchor, double size, String text) {
        String shown = printable(text);
        if (shown.isBlank()) {
            return;
        }
        try {
            float fontSize = (float) size * SCALE;
            float width = font.getStringWidth(shown) / 1000 * fontSize;
            float left = x(x) - (anchor == Anchor.MIDDLE ? width / 2 : 0);
            content.setNonStrokingColor(0f, 0f, 0f);
            content.beginText();
            content.setFont(font, fontSize);
            content.newLineAtOffset(left, y(baseline));
            content.showText(shown);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Characters the font lacks become '?', control characters spaces (PDFBox would refuse both). */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(original -> {
            int cp = Character.isISOControl(original) || original == 0x2028 || original == 0x2029 ? ' ' : original;
            if (glyphs.computeIfAbsent(cp, this::cid) < 0) {
                cp = '?';
            }
            int cid = glyphs.computeIfAbsent(cp, this::cid);
            if (cid >= 0) {
                out.appendCodePoint(cp);
                drawn.putIfAbsent(cid, cp);
            }
        });
        return out.toString();
    }

    /** The CID (2 bytes, Identity-H) the font draws {@code codePoint} with, or -1 when it has no glyph. */
    private int cid(int codePoint) {
        try {
            byte[] code = font.encode(new String(Character.toChars(codePoint)));
            return code.length == 2 ? (code[0] & 0xFF) << 8 | code[1] & 0xFF : -1;
        } catch (IllegalArgumentException | IOException e) {
            return -1;
        }
    }

    @Override
    public void polyline(double[] xs, double[] ys, int series) {
        try {
            int[] rgb = SeriesStyle.rgb(series);
            content.setStrokingColor(rgb[0] / 255f, rgb[1] / 255f, rgb[2] / 255f);
            content.setLineWidth(1.5f * SCALE);
            float[] dash = SeriesStyle.dash(series);
            float[] scaled = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                scaled[i] = dash[i] * SCALE;
            }
            content.setLineDashPattern(scaled, 0);
            for (int i = 0; i < xs.length; i++) {
                if (i == 0) {
                    content.moveTo(x(xs[i]), y(ys[i]));
                } else {
                    content.lineTo(x(xs[i]), y(ys[i]));
                }
            }
            content.stroke();
            content.setLineDashPattern(new float[0], 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float x(double value) {
        return (float) value * SCALE;
    }

    private float y(double value) {
        return (pageHeight - (float) value) * SCALE;
    }
}
