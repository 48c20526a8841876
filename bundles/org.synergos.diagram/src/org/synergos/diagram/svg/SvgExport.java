package org.synergos.diagram.svg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.synergos.diagram.Arrowhead;
import org.synergos.diagram.DiagramNode;
import org.synergos.diagram.Style;
import org.synergos.diagram.text.TextMetrics;
import org.synergos.diagram.text.XmlText;
import org.synergos.diagram.layout.Box;
import org.synergos.diagram.layout.LaidOutDiagram;
import org.synergos.diagram.layout.PlacedNode;
import org.synergos.diagram.layout.Point;
import org.synergos.diagram.layout.RoutedEdge;

/**
 * Writes a {@link LaidOutDiagram} as plain SVG 1.1: explicit presentation attributes (no CSS), one marker
 * per arrowhead and colour, XML-escaped text, a CJK-capable font list, and a viewBox fitted to the content.
 * Plain on purpose: the file must open unchanged in Inkscape, browsers and LaTeX toolchains, and the same
 * diagram must always give the same bytes.
 *
 * <p>Overlays (analysis results such as β, p or R²) are given per element id as key → display text; they are
 * drawn below a node or below an edge's label, in the order beta, t, p, r2, loading, indirect, then other
 * keys alphabetically. The map form keeps this bundle independent of the analysis API: callers pass
 * {@code ElementValue}s' keys and display strings.
 */
public final class SvgExport {

    /** Font list shared with the reports: Chinese labels render with the first font installed. */
    public static final String FONT_FAMILY = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, Arial, sans-serif";

    private static final List<String> OVERLAY_ORDER = List.of("beta", "t", "p", "r2", "loading", "indirect");
    private static final double OVERLAY_FONT = 10;
    private static final String OVERLAY_COLOR = "#9f1239";

    private final StringBuilder body = new StringBuilder();
    private final Map<String, String> markers = new TreeMap<>();
    private double maxX;
    private double maxY;

    private SvgExport(LaidOutDiagram diagram) {
        maxX = diagram.width();
        maxY = diagram.height();
    }

    /** The diagram without overlays. */
    public static String toSvg(LaidOutDiagram diagram) {
        return toSvg(diagram, Map.of());
    }

    /** The diagram with overlay texts per element id (key → display string). */
    public static String toSvg(LaidOutDiagram diagram, Map<String, Map<String, String>> overlays) {
        SvgExport export = new SvgExport(diagram);
        export.body.append("<g id=\"edges\">\n");
        diagram.edges().forEach(e -> export.edge(e, overlays.getOrDefault(e.id(), Map.of())));
        export.body.append("</g>\n<g id=\"nodes\">\n");
        diagram.nodes().forEach(n -> export.node(n, overlays.getOrDefault(n.id(), Map.of())));
        export.body.append("</g>\n");
        return export.document();
    }

    private String document() {
        double width = Math.ceil(maxX + 10);
        double height = Math.ceil(maxY + 10);
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" font-family=\"").append(XmlText.escape(FONT_FAMILY)).append("\">\n");
        out.append("<defs>\n");
        markers.values().forEach(out::append);
        out.append("</defs>\n");
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" fill=\"#ffffff\"/>\n");
        out.append(body);
        out.append("</svg>\n");
        return out.toString();
    }

    private void edge(RoutedEdge edge, Map<String, String> overlay) {
        Style style = edge.edge().style();
        body.append("<g id=\"").append(XmlText.escape("edge:" + edge.id())).append("\">\n<path d=\"");
        List<Point> points = edge.points();
        for (int i = 0; i < points.size(); i++) {
            body.append(i == 0 ? "M" : " L").append(num(points.get(i).x())).append(',').append(num(points.get(i).y()));
            extend(points.get(i).x(), points.get(i).y());
        }
        body.append("\" fill=\"none\"");
        stroke(style);
        if (style.arrowhead() != Arrowhead.NONE) {
            body.append(" marker-end=\"url(#").append(marker(style)).append(")\"");
        }
        body.append("/>\n");
        Box label = edge.label();
        double textX;
        double textY;
        if (label != null) {
            body.append("<rect x=\"").append(num(label.x())).append("\" y=\"").append(num(label.y()))
                    .append("\" width=\"").append(num(label.width())).append("\" height=\"").append(num(label.height()))
                    .append("\" fill=\"#ffffff\" fill-opacity=\"0.85\" stroke=\"none\"/>\n");
            text(label.x() + label.width() / 2, label.y() + style.fontSize() * 0.95, edge.edge().label(),
                    style.fontSize(), style.fontColor());
            textX = label.x() + label.width() / 2;
            textY = label.y() + label.height() + OVERLAY_FONT;
        } else {
            Point middle = middle(points);
            textX = middle.x();
            textY = middle.y() - 4;
        }
        for (String line : overlayLines(overlay)) {
            text(textX, textY, line, OVERLAY_FONT, OVERLAY_COLOR);
            textY += TextMetrics.lineHeight(OVERLAY_FONT);
        }
        body.append("</g>\n");
    }

    private void node(PlacedNode placed, Map<String, String> overlay) {
        DiagramNode node = placed.node();
        Style style = node.style();
        Box b = placed.bounds();
        body.append("<g id=\"").append(XmlText.escape("node:" + node.id())).append("\">\n");
        switch (node.shape()) {
        case ELLIPSE -> body.append("<ellipse cx=\"").append(num(b.x() + b.width() / 2)).append("\" cy=\"")
                .append(num(b.y() + b.height() / 2)).append("\" rx=\"").append(num(b.width() / 2)).append("\" ry=\"")
                .append(num(b.height() / 2)).append('"');
        case CIRCLE -> body.append("<circle cx=\"").append(num(b.x() + b.width() / 2)).append("\" cy=\"")
                .append(num(b.y() + b.height() / 2)).append("\" r=\"").append(num(Math.min(b.width(), b.height()) / 2))
                .append('"');
        case DIAMOND -> body.append("<polygon points=\"").append(num(b.x() + b.width() / 2)).append(',').append(num(b.y()))
                .append(' ').append(num(b.x() + b.width())).append(',').append(num(b.y() + b.height() / 2)).append(' ')
                .append(num(b.x() + b.width() / 2)).append(',').append(num(b.y() + b.height())).append(' ')
                .append(num(b.x())).append(',').append(num(b.y() + b.height() / 2)).append('"');
        default -> {
            body.append("<rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y())).append("\" width=\"")
                    .append(num(b.width())).append("\" height=\"").append(num(b.height())).append('"');
            if (node.shape() == org.synergos.diagram.Shape.ROUNDED_RECTANGLE) {
                body.append(" rx=\"8\" ry=\"8\"");
            }
        }
        }
        body.append(" fill=\"").append(XmlText.escape(style.fill())).append('"');
        stroke(style);
        body.append("/>\n");
        double lineHeight = TextMetrics.lineHeight(style.fontSize());
        double y = b.y() + b.height() / 2 - node.labelLines().size() * lineHeight / 2 + style.fontSize() * 0.95;
        for (String line : node.labelLines()) {
            text(b.x() + b.width() / 2, y, line, style.fontSize(), style.fontColor());
            y += lineHeight;
        }
        double overlayY = b.y() + b.height() + OVERLAY_FONT + 2;
        for (String line : overlayLines(overlay)) {
            text(b.x() + b.width() / 2, overlayY, line, OVERLAY_FONT, OVERLAY_COLOR);
            overlayY += TextMetrics.lineHeight(OVERLAY_FONT);
        }
        extend(b.x() + b.width(), b.y() + b.height());
        body.append("</g>\n");
    }

    private void stroke(Style style) {
        body.append(" stroke=\"").append(XmlText.escape(style.stroke())).append("\" stroke-width=\"")
                .append(num(style.strokeWidth())).append('"');
        if (!style.dash().isBlank()) {
            body.append(" stroke-dasharray=\"").append(XmlText.escape(style.dash())).append('"');
        }
    }

    private void text(double x, double y, String text, double fontSize, String color) {
        body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" text-anchor=\"middle\" font-size=\"").append(num(fontSize)).append("\" fill=\"")
                .append(XmlText.escape(color)).append("\">").append(XmlText.escape(text)).append("</text>\n");
        double half = TextMetrics.width(text, fontSize) / 2;
        extend(x + half, y + fontSize * 0.3);
    }

    /** Id of the marker drawing {@code style}'s arrowhead in its colour, defined once per document. */
    private String marker(Style style) {
        String color = style.stroke();
        String id = "arrow-" + style.arrowhead().name().toLowerCase(Locale.ROOT) + "-"
                + color.replaceAll("[^A-Za-z0-9]", "");
        markers.computeIfAbsent(id, key -> {
            String escaped = XmlText.escape(color);
            String shape = style.arrowhead() == Arrowhead.OPEN
                    ? "<path d=\"M1,1 L10,5 L1,9\" fill=\"none\" stroke=\"" + escaped + "\" stroke-width=\"1.5\"/>"
                    : "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + escaped + "\" stroke=\"none\"/>";
            return "<marker id=\"" + key + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\""
                    + " markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\">" + shape + "</marker>\n";
        });
        return id;
    }

    private static List<String> overlayLines(Map<String, String> overlay) {
        List<String> keys = new ArrayList<>(overlay.keySet());
        keys.sort(Comparator.comparingInt((String k) -> OVERLAY_ORDER.contains(k) ? OVERLAY_ORDER.indexOf(k)
                : OVERLAY_ORDER.size()).thenComparing(Comparator.naturalOrder()));
        return keys.stream().map(overlay::get).filter(v -> v != null && !v.isBlank()).toList();
    }

    private static Point middle(List<Point> points) {
        Point a = points.get((points.size() - 1) / 2);
        Point b = points.get(points.size() / 2);
        if (a == b && points.size() > 1) {
            b = points.get(points.size() / 2 - 1);
        }
        return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }

    private void extend(double x, double y) {
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
    }

    /** Hundredths without trailing zeros ("12.5", "3"); hand-written because String.format dominated export time. */
    static String num(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths == 0) {
            return "0";
        }
        StringBuilder out = new StringBuilder();
        if (hundredths < 0) {
            out.append('-');
            hundredths = -hundredths;
        }
        out.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            out.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                out.append(fraction % 10);
            }
        }
        return out.toString();
    }
}
