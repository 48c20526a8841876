package org.synergos.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.synergos.diagram.text.TextMetrics;

/**
 * The geometry of a path diagram, computed once by {@link DiagramLayout} and serialised by
 * {@link PathDiagramSvg}: keeping layout and markup apart lets tests check positions without parsing SVG.
 * Coordinates are in px; the writer shifts them so the content starts at the margin.
 */
final class DiagramScene {

    /** A construct: ellipse with its name lines and an optional detail line (R²) below. */
    record Oval(double cx, double cy, double rx, double ry, List<String> nameLines, String detail) {

        boolean contains(double x, double y, double padding) {
            double dx = (x - cx) / (rx + padding);
            double dy = (y - cy) / (ry + padding);
            return dx * dx + dy * dy <= 1;
        }

        /** Where the ray from the centre towards (x, y) leaves the ellipse. */
        double[] boundaryTowards(double x, double y) {
            double dx = x - cx;
            double dy = y - cy;
            if (dx == 0 && dy == 0) {
                return new double[] { cx, cy };
            }
            double scale = 1 / Math.sqrt(dx * dx / (rx * rx) + dy * dy / (ry * ry));
            return new double[] { cx + dx * scale, cy + dy * scale };
        }
    }

    /** An indicator: rectangle with its code. */
    record Box(double x, double y, double width, double height, String text) {

        boolean overlaps(double left, double top, double right, double bottom, double padding) {
            return left < x + width + padding && right > x - padding && top < y + height + padding
                    && bottom > y - padding;
        }
    }

    /** A measurement line between an indicator and its construct. */
    record Segment(double x1, double y1, double x2, double y2) {
    }

    /** A structural path: quadratic curve from (x1, y1) to (x2, y2) with control (qx, qy); straight if not curved. */
    record Arrow(double x1, double y1, double qx, double qy, double x2, double y2, boolean curved) {

        double[] at(double t) {
            double u = 1 - t;
            return new double[] { u * u * x1 + 2 * t * u * qx + t * t * x2, u * u * y1 + 2 * t * u * qy + t * t * y2 };
        }
    }

    /** Text centred on (cx, cy) over a white background, so it stays legible where it crosses lines. */
    record Label(double cx, double cy, String text, double fontSize) {

        double width() {
            return TextMetrics.width(text, fontSize) + 6;
        }

        double height() {
            return fontSize + 5;
        }

        boolean overlaps(Label other) {
            return Math.abs(cx - other.cx) * 2 < width() + other.width()
                    && Math.abs(cy - other.cy) * 2 < height() + other.height();
        }
    }

    final List<Oval> ovals = new ArrayList<>();
    final List<Box> boxes = new ArrayList<>();
    final List<Segment> segments = new ArrayList<>();
    final List<Arrow> arrows = new ArrayList<>();
    final List<Label> labels = new ArrayList<>();
    /** Caption lines under the drawing (mediation effects, significance key). */
    final List<String> legend = new ArrayList<>();

    static final double LEGEND_SIZE = 11;
    static final double LEGEND_LINE = 17;

    /** minX, minY, maxX, maxY of the drawing without the legend. */
    double[] drawingBounds() {
        double[] b = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (Oval o : ovals) {
            include(b, o.cx() - o.rx(), o.cy() - o.ry());
            include(b, o.cx() + o.rx(), o.cy() + o.ry());
        }
        for (Box box : boxes) {
            include(b, box.x(), box.y());
            include(b, box.x() + box.width(), box.y() + box.height());
        }
        for (Arrow arrow : arrows) {
            for (int i = 0; i <= 32; i++) {
                double[] p = arrow.at(i / 32.0);
                include(b, p[0], p[1]);
            }
        }
        for (Label label : labels) {
            include(b, label.cx() - label.width() / 2, label.cy() - label.height() / 2);
            include(b, label.cx() + label.width() / 2, label.cy() + label.height() / 2);
        }
        if (b[0] > b[2]) {
            return new double[] { 0, 0, 0, 0 };
        }
        return b;
    }

    private static void include(double[] bounds, double x, double y) {
        bounds[0] = Math.min(bounds[0], x);
        bounds[1] = Math.min(bounds[1], y);
        bounds[2] = Math.max(bounds[2], x);
        bounds[3] = Math.max(bounds[3], y);
    }
}
