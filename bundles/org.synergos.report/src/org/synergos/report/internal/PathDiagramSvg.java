package org.synergos.report.internal;

import static org.synergos.diagram.text.XmlText.escape;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.synergos.model.Framework;

/**
 * Writes a path diagram as plain SVG 1.1 that Inkscape, Word and browsers all draw the same: every style as
 * an explicit attribute (no CSS, no classes, no foreignObject, no web fonts), arrowheads as a
 * {@code <marker>}, fonts named with CJK-capable fallbacks, every string XML-escaped. Element ids carry a
 * prefix so several diagrams can sit inline in one HTML page.
 */
final class PathDiagramSvg implements DiagramCanvas {

    static final String FONTS = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, Arial, sans-serif";
    static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private final StringBuilder svg = new StringBuilder(8192);
    private final String arrowId;

    private PathDiagramSvg(String idPrefix) {
        this.arrowId = idPrefix + "-arrow";
    }

    /**
     * The {@code <svg>} element (no XML declaration: prepend {@link #XML_DECLARATION} for a file).
     *
     * @param idPrefix letters, digits and '-' only, unique within the page the SVG is embedded in
     */
    static String render(Framework model, DiagramValues values, String title, String idPrefix) {
        return render(DiagramLayout.layout(model, values), title, idPrefix);
    }

    static String render(DiagramScene scene, String title, String idPrefix) {
        return render(canvas -> DiagramPainter.paint(scene, title, canvas), idPrefix);
    }

    /** The {@code <svg>} element of any drawing on a canvas (a chart: {@link SeriesChart}). */
    static String render(java.util.function.Consumer<DiagramCanvas> painter, String idPrefix) {
        PathDiagramSvg canvas = new PathDiagramSvg(idPrefix);
        painter.accept(canvas);
        return canvas.svg.append("</svg>\n").toString();
    }

    @Override
    public void polyline(double[] xs, double[] ys, int series) {
        svg.append("<polyline points=\"");
        for (int i = 0; i < xs.length; i++) {
            svg.append(i == 0 ? "" : " ").append(number(xs[i])).append(',').append(number(ys[i]));
        }
        svg.append("\" fill=\"none\" stroke=\"").append(SeriesStyle.hex(series)).append("\" stroke-width=\"1.5\"");
        String dash = SeriesStyle.dashText(series);
        if (!dash.isEmpty()) {
            svg.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        svg.append("/>\n");
    }

    @Override
    public void begin(double pageWidth, double pageHeight, String title) {
        String width = number(pageWidth);
        String height = number(pageHeight);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\">\n");
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<defs><marker id=\"").append(arrowId).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" ")
                .append("markerWidth=\"10\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
                .append("<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#000000\"/></marker></defs>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        svg.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1)).append("\" x2=\"")
                .append(number(x2)).append("\" y2=\"").append(number(y2))
                .append("\" stroke=\"#555555\" stroke-width=\"1\"/>\n");
    }

    @Override
    public void arrow(double x1, double y1, double qx, double qy, double x2, double y2, boolean curved) {
        svg.append("<path d=\"M ").append(number(x1)).append(' ').append(number(y1));
        if (curved) {
            svg.append(" Q ").append(number(qx)).append(' ').append(number(qy));
        } else {
            svg.append(" L");
        }
        svg.append(' ').append(number(x2)).append(' ').append(number(y2))
                .append("\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.4\" marker-end=\"url(#")
                .append(arrowId).append(")\"/>\n");
    }

    @Override
    public void ellipse(double cx, double cy, double rx, double ry) {
        svg.append("<ellipse cx=\"").append(number(cx)).append("\" cy=\"").append(number(cy)).append("\" rx=\"")
                .append(number(rx)).append("\" ry=\"").append(number(ry))
                .append("\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1.5\"/>\n");
    }

    @Override
    public void box(double x, double y, double width, double height) {
        svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
                .append(number(width)).append("\" height=\"").append(number(height))
                .append("\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1\"/>\n");
    }

    @Override
    public void labelBackground(double x, double y, double width, double height) {
        svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
                .append(number(width)).append("\" height=\"").append(number(height)).append("\" fill=\"#ffffff\"/>\n");
    }

    @Override
    public void text(double x, double baseline, Anchor anchor, double size, String content) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(baseline))
                .append("\" font-family=\"").append(FONTS).append("\" font-size=\"").append(number(size))
                .append("\" text-anchor=\"").append(anchor == Anchor.START ? "start" : "middle")
                .append("\" fill=\"#000000\">").append(escape(content)).append("</text>\n");
    }

    /** One decimal, no trailing ".0", never "-0": short, locale-free and identical on every machine. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(Double.toString(value)).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }
}
