package org.synergos.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.synergos.diagram.text.TextMetrics;
import org.synergos.model.Construct;
import org.synergos.model.Framework;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.StructuralPath;
import org.synergos.report.internal.ConstructBlock.Side;
import org.synergos.report.internal.DiagramScene.Arrow;
import org.synergos.report.internal.DiagramScene.Box;
import org.synergos.report.internal.DiagramScene.Label;
import org.synergos.report.internal.DiagramScene.Oval;
import org.synergos.report.internal.DiagramScene.Segment;

/**
 * Lays out a structural model as journals draw it: columns by longest-path layer ({@link LayerAssignment}),
 * constructs evenly spaced in each column, indicators on the outer side ({@link ConstructBlock}), paths as
 * arrows that bend around constructs they would otherwise cross, labels moved along their arrow until they
 * overlap nothing. Everything is computed from the model and the values alone, so the same input gives the
 * same drawing.
 */
final class DiagramLayout {

    static final double PATH_SIZE = 11;
    private static final double BLOCK_GAP = 48;
    private static final double MIN_COLUMN_GAP = 160;
    private static final double BULGE_STEP = 26;
    private static final int BULGE_TRIES = 24;
    private static final int SAMPLES = 48;
    private static final double[] LABEL_POSITIONS = { 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8 };

    private final Framework model;
    private final DiagramValues values;
    private final DiagramScene scene = new DiagramScene();
    private final Map<Construct, ConstructBlock> blocks = new LinkedHashMap<>();
    private final List<StructuralPath> paths = new ArrayList<>();

    private DiagramLayout(Framework model, DiagramValues values) {
        this.model = model;
        this.values = values;
    }

    static DiagramScene layout(Framework model, DiagramValues values) {
        return new DiagramLayout(model, values).layout();
    }

    private DiagramScene layout() {
        List<Construct> constructs = model.getConstructs();
        for (StructuralPath path : model.getPaths()) {
            if (path.getSource() != null && path.getTarget() != null && path.getSource() != path.getTarget()
                    && constructs.contains(path.getSource()) && constructs.contains(path.getTarget())) {
                paths.add(path);
            }
        }
        List<List<Construct>> columns = LayerAssignment.columns(constructs, paths);
        for (int c = 0; c < columns.size(); c++) {
            List<Construct> column = columns.get(c);
            for (int i = 0; i < column.size(); i++) {
                blocks.put(column.get(i), new ConstructBlock(column.get(i), side(c, columns.size(), i, column.size()),
                        values));
            }
        }
        placeColumns(columns);
        for (StructuralPath path : paths) {
            arrow(path);
        }
        legend();
        return scene;
    }

    private static Side side(int column, int columns, int index, int size) {
        if (column == 0) {
            return Side.LEFT;
        }
        if (column == columns - 1) {
            return Side.RIGHT;
        }
        return index < (size + 1) / 2 ? Side.TOP : Side.BOTTOM;
    }

    private void placeColumns(List<List<Construct>> columns) {
        double gap = MIN_COLUMN_GAP;
        for (StructuralPath path : paths) {
            gap = Math.max(gap, TextMetrics.width(pathText(path), PATH_SIZE) + 70);
        }
        double height = 0;
        for (List<Construct> column : columns) {
            height = Math.max(height, columnHeight(column));
        }
        double x = 0;
        for (List<Construct> column : columns) {
            double left = 0;
            double right = 0;
            for (Construct construct : column) {
                left = Math.max(left, blocks.get(construct).leftExtent());
                right = Math.max(right, blocks.get(construct).rightExtent());
            }
            double axis = x + left;
            double spare = (height - columnHeight(column)) / (column.size() + 1);
            double top = spare;
            for (Construct construct : column) {
                ConstructBlock block = blocks.get(construct);
                block.place(axis, top, scene);
                top += block.height() + BLOCK_GAP + spare;
            }
            x = axis + right + gap;
        }
    }

    private double columnHeight(List<Construct> column) {
        double height = (column.size() - 1) * BLOCK_GAP;
        for (Construct construct : column) {
            height += blocks.get(construct).height();
        }
        return height;
    }

    /** β display with results, the hypothesis label (H1 …) without. */
    private String pathText(StructuralPath path) {
        if (!values.isEmpty()) {
            return values.display(path, "beta").orElse("");
        }
        return path.getLabel() == null ? "" : path.getLabel().strip();
    }

    private void arrow(StructuralPath path) {
        Oval from = blocks.get(path.getSource()).oval();
        Oval to = blocks.get(path.getTarget()).oval();
        boolean twin = paths.stream().anyMatch(p -> p.getSource() == path.getTarget() && p.getTarget() == path.getSource());
        Arrow chosen = null;
        for (int attempt = 0; attempt <= BULGE_TRIES && chosen == null; attempt++) {
            // a twin (reverse path) bends to the one side that mirrors onto the other side for its partner
            double steps = twin ? attempt + 1 : attempt % 2 == 1 ? (attempt + 1) / 2 : -(attempt / 2);
            Arrow candidate = bent(from, to, steps * BULGE_STEP);
            if (isClear(candidate, from, to)) {
                chosen = candidate;
            }
        }
        if (chosen == null) {
            chosen = bent(from, to, twin ? BULGE_STEP : 0);
        }
        scene.arrows.add(chosen);
        String text = pathText(path);
        if (!text.isEmpty()) {
            scene.labels.add(label(chosen, text));
        }
    }

    /** The arrow between two ellipses whose midpoint lies {@code bulge} px beside the straight line. */
    private static Arrow bent(Oval from, Oval to, double bulge) {
        if (bulge == 0) {
            double[] start = from.boundaryTowards(to.cx(), to.cy());
            double[] end = to.boundaryTowards(from.cx(), from.cy());
            return new Arrow(start[0], start[1], (start[0] + end[0]) / 2, (start[1] + end[1]) / 2, end[0], end[1],
                    false);
        }
        double dx = to.cx() - from.cx();
        double dy = to.cy() - from.cy();
        double length = Math.max(1e-9, Math.hypot(dx, dy));
        double qx = (from.cx() + to.cx()) / 2 - dy / length * 2 * bulge;
        double qy = (from.cy() + to.cy()) / 2 + dx / length * 2 * bulge;
        double[] start = from.boundaryTowards(qx, qy);
        double[] end = to.boundaryTowards(qx, qy);
        return new Arrow(start[0], start[1], qx, qy, end[0], end[1], true);
    }

    /** Crosses no other construct, indicator, label or measurement line. */
    private boolean isClear(Arrow arrow, Oval from, Oval to) {
        double[] previous = arrow.at(0);
        for (int i = 1; i < SAMPLES; i++) {
            double[] p = arrow.at(i / (double) SAMPLES);
            for (Segment segment : scene.segments) {
                if (crosses(previous, p, segment)) {
                    return false;
                }
            }
            previous = p;
            for (Oval oval : scene.ovals) {
                if (oval != from && oval != to && oval.contains(p[0], p[1], 10)) {
                    return false;
                }
            }
            for (Box box : scene.boxes) {
                if (box.overlaps(p[0], p[1], p[0], p[1], 5)) {
                    return false;
                }
            }
            for (Label label : scene.labels) {
                if (Math.abs(p[0] - label.cx()) * 2 < label.width() && Math.abs(p[1] - label.cy()) * 2 < label.height()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean crosses(double[] a, double[] b, Segment s) {
        double d1 = side(s.x1(), s.y1(), s.x2(), s.y2(), a[0], a[1]);
        double d2 = side(s.x1(), s.y1(), s.x2(), s.y2(), b[0], b[1]);
        double d3 = side(a[0], a[1], b[0], b[1], s.x1(), s.y1());
        double d4 = side(a[0], a[1], b[0], b[1], s.x2(), s.y2());
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double side(double x1, double y1, double x2, double y2, double px, double py) {
        return (x2 - x1) * (py - y1) - (y2 - y1) * (px - x1);
    }

    private Label label(Arrow arrow, String text) {
        for (double t : LABEL_POSITIONS) {
            double[] p = arrow.at(t);
            Label label = new Label(p[0], p[1], text, PATH_SIZE);
            if (isFree(label)) {
                return label;
            }
        }
        double[] middle = arrow.at(0.5);
        return new Label(middle[0], middle[1], text, PATH_SIZE);
    }

    private boolean isFree(Label label) {
        double left = label.cx() - label.width() / 2;
        double right = label.cx() + label.width() / 2;
        double top = label.cy() - label.height() / 2;
        double bottom = label.cy() + label.height() / 2;
        for (Label other : scene.labels) {
            if (label.overlaps(other)) {
                return false;
            }
        }
        for (Box box : scene.boxes) {
            if (box.overlaps(left, top, right, bottom, 2)) {
                return false;
            }
        }
        double[] xs = { left, label.cx(), right };
        double[] ys = { top, label.cy(), bottom };
        for (Oval oval : scene.ovals) {
            for (double x : xs) {
                for (double y : ys) {
                    if (oval.contains(x, y, 2)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Mediation hypotheses (with their indirect effects when there are results) and the keys to the labels. */
    private void legend() {
        boolean results = !values.isEmpty();
        for (MediationHypothesis mediation : model.getMediations()) {
            if (mediation.getSource() == null || mediation.getTarget() == null) {
                continue;
            }
            String label = mediation.getLabel() == null || mediation.getLabel().isBlank() ? ""
                    : mediation.getLabel().strip() + " ";
            if (results) {
                Optional<String> effect = values.display(mediation, "indirect");
                scene.legend.add("Indirect effect " + label + "(" + DiagramText.chain(mediation) + "): "
                        + effect.orElse("not estimated"));
            } else {
                scene.legend.add("Mediation " + label + "(" + DiagramText.chain(mediation) + ")");
            }
        }
        if (results) {
            scene.legend.add("Arrows: path coefficients β; lines: indicator loadings; R² inside the constructs.");
            boolean stars = scene.labels.stream().anyMatch(l -> l.text().contains("*"))
                    || scene.legend.stream().anyMatch(l -> l.contains("*"));
            if (stars) {
                scene.legend.add("* p < .05, ** p < .01, *** p < .001.");
            }
        }
    }
}
