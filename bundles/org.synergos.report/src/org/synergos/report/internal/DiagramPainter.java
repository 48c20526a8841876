package org.synergos.report.internal;

import org.synergos.diagram.text.TextMetrics;
import org.synergos.report.internal.DiagramCanvas.Anchor;
import org.synergos.report.internal.DiagramScene.Arrow;
import org.synergos.report.internal.DiagramScene.Box;
import org.synergos.report.internal.DiagramScene.Label;
import org.synergos.report.internal.DiagramScene.Oval;
import org.synergos.report.internal.DiagramScene.Segment;

/**
 * Draws a {@link DiagramScene} on a {@link DiagramCanvas}: computes the page (drawing plus legend plus
 * margin), shifts the scene into it and places every text (name lines centred in their ellipse, codes in
 * their box, labels on their background, legend lines under the drawing).
 */
final class DiagramPainter {

    private static final double MARGIN = 16;

    private final DiagramScene scene;
    private final DiagramCanvas canvas;
    private double offsetX;
    private double offsetY;

    private DiagramPainter(DiagramScene scene, DiagramCanvas canvas) {
        this.scene = scene;
        this.canvas = canvas;
    }

    static void paint(DiagramScene scene, String title, DiagramCanvas canvas) {
        new DiagramPainter(scene, canvas).paint(title);
    }

    private void paint(String title) {
        double[] bounds = scene.drawingBounds();
        double legendTop = bounds[3] + 26;
        double maxX = bounds[2];
        for (String line : scene.legend) {
            maxX = Math.max(maxX, bounds[0] + TextMetrics.width(line, DiagramScene.LEGEND_SIZE));
        }
        double maxY = scene.legend.isEmpty() ? bounds[3]
                : legendTop + (scene.legend.size() - 1) * DiagramScene.LEGEND_LINE + 5;
        offsetX = MARGIN - bounds[0];
        offsetY = MARGIN - bounds[1];
        canvas.begin(maxX - bounds[0] + 2 * MARGIN, maxY - bounds[1] + 2 * MARGIN, title);
        for (Segment s : scene.segments) {
            canvas.line(x(s.x1()), y(s.y1()), x(s.x2()), y(s.y2()));
        }
        for (Arrow a : scene.arrows) {
            canvas.arrow(x(a.x1()), y(a.y1()), x(a.qx()), y(a.qy()), x(a.x2()), y(a.y2()), a.curved());
        }
        scene.ovals.forEach(this::oval);
        scene.boxes.forEach(this::box);
        scene.labels.forEach(this::label);
        for (int i = 0; i < scene.legend.size(); i++) {
            text(bounds[0], legendTop + i * DiagramScene.LEGEND_LINE, Anchor.START, DiagramScene.LEGEND_SIZE,
                    scene.legend.get(i));
        }
    }

    private void oval(Oval o) {
        canvas.ellipse(x(o.cx()), y(o.cy()), o.rx(), o.ry());
        double nameLine = ConstructBlock.NAME_SIZE * 1.3;
        double detailLine = o.detail().isEmpty() ? 0 : ConstructBlock.DETAIL_SIZE * 1.3;
        double top = o.cy() - (o.nameLines().size() * nameLine + detailLine) / 2;
        for (int i = 0; i < o.nameLines().size(); i++) {
            text(o.cx(), top + i * nameLine + ConstructBlock.NAME_SIZE, Anchor.MIDDLE, ConstructBlock.NAME_SIZE,
                    o.nameLines().get(i));
        }
        if (!o.detail().isEmpty()) {
            text(o.cx(), top + o.nameLines().size() * nameLine + ConstructBlock.DETAIL_SIZE + 1, Anchor.MIDDLE,
                    ConstructBlock.DETAIL_SIZE, o.detail());
        }
    }

    private void box(Box b) {
        canvas.box(x(b.x()), y(b.y()), b.width(), b.height());
        text(b.x() + b.width() / 2, b.y() + b.height() / 2 + ConstructBlock.CODE_SIZE * 0.36, Anchor.MIDDLE,
                ConstructBlock.CODE_SIZE, b.text());
    }

    private void label(Label l) {
        canvas.labelBackground(x(l.cx() - l.width() / 2), y(l.cy() - l.height() / 2), l.width(), l.height());
        text(l.cx(), l.cy() + l.fontSize() * 0.36, Anchor.MIDDLE, l.fontSize(), l.text());
    }

    private void text(double x, double baseline, Anchor anchor, double size, String content) {
        canvas.text(x(x), y(baseline), anchor, size, content);
    }

    private double x(double value) {
        return value + offsetX;
    }

    private double y(double value) {
        return value + offsetY;
    }
}
