package org.synergos.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * A path diagram as a PNG picture for the Word report (Word shows no PDF and not every Word shows SVG),
 * drawn by Java2D with the bundled Noto Sans SC, so Chinese names need no installed font. Two image pixels
 * per layout px; the DOCX places it at the diagram's size in pt.
 */
final class DiagramPng implements DiagramCanvas {

    static final int RESOLUTION = 2;

    private static volatile Font baseFont;

    private BufferedImage image;
    private Graphics2D graphics;
    private int width;
    private int height;

    private DiagramPng() {
    }

    /** The picture and its size in layout px. */
    record Picture(byte[] png, double width, double height) {
    }

    static Picture render(DiagramScene scene, String title) {
        return render(canvas -> DiagramPainter.paint(scene, title, canvas));
    }

    /** Any drawing on a canvas (a chart: {@link SeriesChart}) as PNG. */
    static Picture render(java.util.function.Consumer<DiagramCanvas> painter) {
        DiagramPng canvas = new DiagramPng();
        try {
            painter.accept(canvas);
            ByteArrayOutputStream out = new ByteArrayOutputStream(65_536);
            ImageIO.write(canvas.image, "png", out);
            return new Picture(out.toByteArray(), (double) canvas.width / RESOLUTION, (double) canvas.height / RESOLUTION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (canvas.graphics != null) {
                canvas.graphics.dispose();
            }
        }
    }

    private static Font font() {
        Font font = baseFont;
        if (font == null) {
            synchronized (DiagramPng.class) {
                font = baseFont;
                if (font == null) {
                    try {
                        font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ReportFont.bytes()));
                    } catch (FontFormatException | IOException e) {
                        throw new IllegalStateException("cannot read " + ReportFont.RESOURCE, e);
                    }
                    baseFont = font;
                }
            }
        }
        return font;
    }

    @Override
    public void begin(double pageWidth, double pageHeight, String title) {
        width = (int) Math.ceil(pageWidth * RESOLUTION);
        height = (int) Math.ceil(pageHeight * RESOLUTION);
        image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.scale(RESOLUTION, RESOLUTION);
        graphics.setColor(Color.WHITE);
        graphics.fill(new Rectangle2D.Double(0, 0, pageWidth, pageHeight));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        graphics.setColor(new Color(0x55, 0x55, 0x55));
        graphics.setStroke(new BasicStroke(1f));
        graphics.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void arrow(double x1, double y1, double qx, double qy, double x2, double y2, boolean curved) {
        graphics.setColor(Color.BLACK);
        graphics.setStroke(new BasicStroke(1.4f));
        Path2D.Double path = new Path2D.Double();
        path.moveTo(x1, y1);
        if (curved) {
            path.quadTo(qx, qy, x2, y2);
        } else {
            path.lineTo(x2, y2);
        }
        graphics.draw(path);
        double dx = curved ? x2 - qx : x2 - x1;
        double dy = curved ? y2 - qy : y2 - y1;
        double length = Math.hypot(dx, dy);
        if (length > 0) {
            double ux = dx / length;
            double uy = dy / length;
            double bx = x2 - ux * 10;
            double by = y2 - uy * 10;
            Path2D.Double head = new Path2D.Double();
            head.moveTo(x2, y2);
            head.lineTo(bx - uy * 5, by + ux * 5);
            head.lineTo(bx + uy * 5, by - ux * 5);
            head.closePath();
            graphics.fill(head);
        }
    }

    @Override
    public void ellipse(double cx, double cy, double rx, double ry) {
        Ellipse2D.Double shape = new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry);
        graphics.setColor(Color.WHITE);
        graphics.fill(shape);
        graphics.setColor(Color.BLACK);
        graphics.setStroke(new BasicStroke(1.5f));
        graphics.draw(shape);
    }

    @Override
    public void box(double x, double y, double boxWidth, double boxHeight) {
        Rectangle2D.Double shape = new Rectangle2D.Double(x, y, boxWidth, boxHeight);
        graphics.setColor(Color.WHITE);
        graphics.fill(shape);
        graphics.setColor(Color.BLACK);
        graphics.setStroke(new BasicStroke(1f));
        graphics.draw(shape);
    }

    @Override
    public void labelBackground(double x, double y, double labelWidth, double labelHeight) {
        graphics.setColor(Color.WHITE);
        graphics.fill(new Rectangle2D.Double(x, y, labelWidth, labelHeight));
    }

    @Override
    public void text(double x, double baseline, Anchor anchor, double size, String text) {
        Font font = font().deriveFont((float) size);
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                shown.append(' ');
            } else {
                shown.appendCodePoint(font.canDisplay(cp) ? cp : '?');
            }
        });
        graphics.setFont(font);
        graphics.setColor(Color.BLACK);
        float textWidth = (float) font.getStringBounds(shown.toString(), graphics.getFontRenderContext()).getWidth();
        float left = (float) x - (anchor == Anchor.MIDDLE ? textWidth / 2 : 0);
        graphics.drawString(shown.toString(), left, (float) baseline);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int series) {
        int[] rgb = SeriesStyle.rgb(series);
        graphics.setColor(new Color(rgb[0], rgb[1], rgb[2]));
        float[] dash = SeriesStyle.dash(series);
        graphics.setStroke(dash.length == 0 ? new BasicStroke(1.5f)
                : new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < xs.length; i++) {
            if (i == 0) {
                path.moveTo(xs[i], ys[i]);
            } else {
                path.lineTo(xs[i], ys[i]);
            }
        }
        graphics.draw(path);
    }
}
