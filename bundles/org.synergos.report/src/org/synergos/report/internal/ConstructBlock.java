package org.synergos.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.synergos.diagram.text.TextMetrics;
import org.synergos.model.Construct;
import org.synergos.model.Indicator;
import org.synergos.report.internal.DiagramScene.Box;
import org.synergos.report.internal.DiagramScene.Label;
import org.synergos.report.internal.DiagramScene.Oval;
import org.synergos.report.internal.DiagramScene.Segment;

/**
 * One construct with its indicators, sized before it is placed: the ellipse fits the wrapped name and R²
 * line; indicators fan out on the outer side (left of the first column, right of the last, above or below
 * in middle columns, where left and right are taken by paths). Blocks never overlap because the layout
 * stacks and spaces their bounding extents.
 */
final class ConstructBlock {

    enum Side {
        LEFT, RIGHT, TOP, BOTTOM
    }

    static final double NAME_SIZE = 13;
    static final double DETAIL_SIZE = 11;
    static final double CODE_SIZE = 11;
    static final double LOADING_SIZE = 10;
    private static final double NAME_WIDTH = 150;
    private static final double BOX_HEIGHT = 22;
    private static final double STACK_GAP = 8;
    private static final double ROW_GAP = 14;
    private static final double SIDE_DISTANCE = 80;
    private static final double ROW_DISTANCE = 60;
    /** Loading labels sit this far along the line from the indicator, where neighbouring lines are apart. */
    private static final double LABEL_POSITION = 0.3;

    final Construct construct;
    final Side side;
    private final List<String> nameLines;
    private final String detail;
    private final double rx;
    private final double ry;
    private final List<String> codes = new ArrayList<>();
    private final List<String> loadings = new ArrayList<>();
    private final double boxWidth;
    private Oval oval;

    ConstructBlock(Construct construct, Side side, DiagramValues values) {
        this.construct = construct;
        this.side = side;
        this.nameLines = TextMetrics.wrap(DiagramText.constructName(construct), NAME_SIZE, NAME_WIDTH, 4);
        this.detail = values.display(construct, "r2").orElse("");
        double textWidth = TextMetrics.width(detail, DETAIL_SIZE);
        for (String line : nameLines) {
            textWidth = Math.max(textWidth, TextMetrics.width(line, NAME_SIZE));
        }
        double textHeight = nameLines.size() * NAME_SIZE * 1.3 + (detail.isEmpty() ? 0 : DETAIL_SIZE * 1.3);
        this.rx = Math.max(44, textWidth / 2 * Math.sqrt(2) + 8);
        this.ry = Math.max(26, textHeight / 2 * Math.sqrt(2) + 6);
        double widest = 0;
        for (Indicator indicator : construct.getIndicators()) {
            String code = DiagramText.indicatorCode(indicator);
            codes.add(code);
            loadings.add(values.display(indicator, "loading").orElse(""));
            widest = Math.max(widest, TextMetrics.width(code, CODE_SIZE));
        }
        this.boxWidth = Math.max(36, widest + 14);
    }

    private boolean horizontal() {
        return side == Side.TOP || side == Side.BOTTOM;
    }

    private double stackLength() {
        int n = codes.size();
        return horizontal() ? n * boxWidth + (n - 1) * ROW_GAP : n * BOX_HEIGHT + (n - 1) * STACK_GAP;
    }

    /** Extent left of the ellipse's centre line. */
    double leftExtent() {
        if (codes.isEmpty()) {
            return rx;
        }
        return switch (side) {
        case LEFT -> rx + SIDE_DISTANCE + boxWidth;
        case RIGHT -> rx;
        default -> Math.max(rx, stackLength() / 2);
        };
    }

    double rightExtent() {
        if (codes.isEmpty()) {
            return rx;
        }
        return switch (side) {
        case LEFT -> rx;
        case RIGHT -> rx + SIDE_DISTANCE + boxWidth;
        default -> Math.max(rx, stackLength() / 2);
        };
    }

    double height() {
        if (codes.isEmpty()) {
            return 2 * ry;
        }
        return horizontal() ? BOX_HEIGHT + ROW_DISTANCE + 2 * ry : Math.max(2 * ry, stackLength());
    }

    Oval oval() {
        return oval;
    }

    /** Places the block with its ellipse centred on {@code axis} and its top at {@code top}. */
    void place(double axis, double top, DiagramScene scene) {
        double cy = switch (side) {
        case TOP -> codes.isEmpty() ? top + ry : top + BOX_HEIGHT + ROW_DISTANCE + ry;
        case BOTTOM -> top + ry;
        default -> top + height() / 2;
        };
        oval = new Oval(axis, cy, rx, ry, nameLines, detail);
        scene.ovals.add(oval);
        for (int i = 0; i < codes.size(); i++) {
            Box box = box(i, axis, cy, top);
            scene.boxes.add(box);
            double[] anchor = anchor(box);
            double[] end = oval.boundaryTowards(anchor[0], anchor[1]);
            scene.segments.add(new Segment(anchor[0], anchor[1], end[0], end[1]));
            if (!loadings.get(i).isEmpty()) {
                scene.labels.add(new Label(anchor[0] + LABEL_POSITION * (end[0] - anchor[0]),
                        anchor[1] + LABEL_POSITION * (end[1] - anchor[1]), loadings.get(i), LOADING_SIZE));
            }
        }
    }

    private Box box(int i, double axis, double cy, double top) {
        double start = -stackLength() / 2;
        return switch (side) {
        case LEFT -> new Box(axis - rx - SIDE_DISTANCE - boxWidth, cy + start + i * (BOX_HEIGHT + STACK_GAP),
                boxWidth, BOX_HEIGHT, codes.get(i));
        case RIGHT -> new Box(axis + rx + SIDE_DISTANCE, cy + start + i * (BOX_HEIGHT + STACK_GAP), boxWidth,
                BOX_HEIGHT, codes.get(i));
        case TOP -> new Box(axis + start + i * (boxWidth + ROW_GAP), top, boxWidth, BOX_HEIGHT, codes.get(i));
        case BOTTOM -> new Box(axis + start + i * (boxWidth + ROW_GAP), cy + ry + ROW_DISTANCE, boxWidth,
                BOX_HEIGHT, codes.get(i));
        };
    }

    /** Middle of the indicator's side facing the construct. */
    private double[] anchor(Box box) {
        return switch (side) {
        case LEFT -> new double[] { box.x() + box.width(), box.y() + box.height() / 2 };
        case RIGHT -> new double[] { box.x(), box.y() + box.height() / 2 };
        case TOP -> new double[] { box.x() + box.width() / 2, box.y() + box.height() };
        case BOTTOM -> new double[] { box.x() + box.width() / 2, box.y() };
        };
    }
}
