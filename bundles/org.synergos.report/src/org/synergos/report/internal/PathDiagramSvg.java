package org.synergos.report.internal;

import static org.synergos.diagram.text.XmlText.escape;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.synergos.diagram.text.TextMetrics;
import org.synergos.model.Framework;
import org.synergos.report.internal.DiagramScene.Arrow;
import org.synergos.report.internal.DiagramScene.Box;
import org.synergos.report.internal.DiagramScene.Label;
import org.synergos.report.internal.DiagramScene.Oval;
import org.synergos.report.internal.DiagramScene.Segment;

/**
 * Writes a path diagram as plain SVG 1.1 that Inkscape, Word and browsers all draw the same: every style as
 * an explicit attribute (no CSS, no classes, no foreignObject, no web fonts), arrowheads as a
 * {@code <marker>}, fonts named with CJK-capable fallbacks, every string XML-escaped. Element ids carry a
 * prefix so several diagrams can sit inline in one HTML page.
 */
final class PathDiagramSvg {

    static final String FONTS = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, Arial, sans-serif";
    static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final double MARGIN = 16;

    private final StringBuilder svg = new StringBuilder(8192);
    private double offsetX;
    private double offsetY;

    private PathDiagramSvg() {
    }

    /**
     * The {@code <svg>} element (no XML declaration: prepend {@link #XML_DECLARATION} for a file).
     *
     * @param idPrefix letters, digits and '-' only, unique within the page the SVG is embedded in
     */
    static String render(Framework model, DiagramValues values, String title, String idPrefix) {
        return new PathDiagramSvg().write(DiagramLayout.layout(model, values), title, idPrefix);
    }

    private String write(DiagramScene scene, String title, String idPrefix) {
        double[] bounds = scene.drawingBounds();
        double legendTop = bounds[3] + 26;
        double maxX = bounds[2];
        for (String line : scene.legend) {
            maxX = Math.max(maxX, bounds[0] + TextMetrics.width(line, DiagramScene.LEGEND_SIZE));
        }
        double maxY = scene.legend.isEmpty() ? bounds[3] : legendTop + (scene.legend.size() - 1) * DiagramScene.LEGEND_LINE + 5;
        offsetX = MARGIN - bounds[0];
        offsetY = MARGIN - bounds[1];
        String width = number(maxX - bounds[0] + 2 * MARGIN);
        String height = number(maxY - bounds[1] + 2 * MARGIN);
        String arrowId = idPrefix + "-arrow";
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\">\n");
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<defs><marker id=\"").append(arrowId).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" ")
                .append("markerWidth=\"10\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
                .append("<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#000000\"/></marker></defs>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>\n");
        for (Segment s : scene.segments) {
            svg.append("<line x1=\"").append(x(s.x1())).append("\" y1=\"").append(y(s.y1())).append("\" x2=\"")
                    .append(x(s.x2())).append("\" y2=\"").append(y(s.y2()))
                    .append("\" stroke=\"#555555\" stroke-width=\"1\"/>\n");
        }
        for (Arrow a : scene.arrows) {
            svg.append("<path d=\"M ").append(x(a.x1())).append(' ').append(y(a.y1()));
            if (a.curved()) {
                svg.append(" Q ").append(x(a.qx())).append(' ').append(y(a.qy()));
            } else {
                svg.append(" L");
            }
            svg.append(' ').append(x(a.x2())).append(' ').append(y(a.y2()))
                    .append("\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.4\" marker-end=\"url(#")
                    .append(arrowId).append(")\"/>\n");
        }
        scene.ovals.forEach(this::oval);
        scene.boxes.forEach(this::box);
        scene.labels.forEach(this::label);
        for (int i = 0; i < scene.legend.size(); i++) {
            text(bounds[0], legendTop + i * DiagramScene.LEGEND_LINE, "start", DiagramScene.LEGEND_SIZE,
                    scene.legend.get(i));
        }
        return svg.append("</svg>\n").toString();
    }

    private void oval(Oval o) {
        svg.append("<ellipse cx=\"").append(x(o.cx())).append("\" cy=\"").append(y(o.cy())).append("\" rx=\"")
                .append(number(o.rx())).append("\" ry=\"").append(number(o.ry()))
                .append("\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1.5\"/>\n");
        double nameLine = ConstructBlock.NAME_SIZE * 1.3;
        double detailLine = o.detail().isEmpty() ? 0 : ConstructBlock.DETAIL_SIZE * 1.3;
        double top = o.cy() - (o.nameLines().size() * nameLine + detailLine) / 2;
        for (int i = 0; i < o.nameLines().size(); i++) {
            text(o.cx(), top + i * nameLine + ConstructBlock.NAME_SIZE, "middle", ConstructBlock.NAME_SIZE,
                    o.nameLines().get(i));
        }
        if (!o.detail().isEmpty()) {
            text(o.cx(), top + o.nameLines().size() * nameLine + ConstructBlock.DETAIL_SIZE + 1, "middle",
                    ConstructBlock.DETAIL_SIZE, o.detail());
        }
    }

    private void box(Box b) {
        svg.append("<rect x=\"").append(x(b.x())).append("\" y=\"").append(y(b.y())).append("\" width=\"")
                .append(number(b.width())).append("\" height=\"").append(number(b.height()))
                .append("\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1\"/>\n");
        text(b.x() + b.width() / 2, b.y() + b.height() / 2 + ConstructBlock.CODE_SIZE * 0.36, "middle",
                ConstructBlock.CODE_SIZE, b.text());
    }

    private void label(Label l) {
        svg.append("<rect x=\"").append(x(l.cx() - l.width() / 2)).append("\" y=\"").append(y(l.cy() - l.height() / 2))
                .append("\" width=\"").append(number(l.width())).append("\" height=\"").append(number(l.height()))
                .append("\" fill=\"#ffffff\"/>\n");
        text(l.cx(), l.cy() + l.fontSize() * 0.36, "middle", l.fontSize(), l.text());
    }

    private void text(double x, double baseline, String anchor, double size, String content) {
        svg.append("<text x=\"").append(x(x)).append("\" y=\"").append(y(baseline)).append("\" font-family=\"")
                .append(FONTS).append("\" font-size=\"").append(number(size)).append("\" text-anchor=\"")
                .append(anchor).append("\" fill=\"#000000\">").append(escape(content)).append("</text>\n");
    }

    private String x(double value) {
        return number(value + offsetX);
    }

    private String y(double value) {
        return number(value + offsetY);
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
