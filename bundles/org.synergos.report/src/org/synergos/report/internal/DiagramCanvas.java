package org.synergos.report.internal;

/**
 * What a path diagram is drawn with: {@link DiagramPainter} walks a {@link DiagramScene} and calls these in
 * drawing order (background, measurement lines, paths, constructs, indicators, labels, legend), in px with
 * the origin top left and every coordinate already shifted into the page. One painter, so SVG, PDF and PNG
 * show the same drawing.
 */
interface DiagramCanvas {

    enum Anchor {
        START, MIDDLE
    }

    /** The page: white, {@code width} × {@code height} px. */
    void begin(double width, double height, String title);

    /** A measurement line (grey, 1 px). */
    void line(double x1, double y1, double x2, double y2);

    /** A structural path (black, 1.4 px) with an arrowhead 10 px long at (x2, y2); quadratic when curved. */
    void arrow(double x1, double y1, double qx, double qy, double x2, double y2, boolean curved);

    /** A construct's ellipse: white fill, black 1.5 px outline. */
    void ellipse(double cx, double cy, double rx, double ry);

    /** An indicator's rectangle: white fill, black 1 px outline. */
    void box(double x, double y, double width, double height);

    /** The white background of a label, no outline. */
    void labelBackground(double x, double y, double width, double height);

    /** Black text; {@code baseline} is the y of the baseline. */
    void text(double x, double baseline, Anchor anchor, double size, String text);

    /**
     * A data line of a chart (1.5 px) in the colour and dash pattern of series {@code series}
     * ({@link SeriesStyle}), through the points (xs[i], ys[i]).
     */
    void polyline(double[] xs, double[] ys, int series);
}
