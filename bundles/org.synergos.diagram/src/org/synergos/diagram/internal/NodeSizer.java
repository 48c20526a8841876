package org.synergos.diagram.internal;

import java.util.List;

import org.synergos.diagram.Shape;
import org.synergos.diagram.Size;

import org.synergos.diagram.text.TextMetrics;

/**
 * Fits a node to its label: the label wraps to at most three lines of a width proportional to the minimum
 * size, and the node grows until the text's box fits inside the shape (an ellipse needs about √2 times the
 * text box, a diamond twice).
 */
public final class NodeSizer {

    private static final double PADDING = 8;
    private static final int MAX_LINES = 3;

    /** Wrapped label and fitted size. */
    public record Fitted(List<String> lines, Size size) {
    }

    private NodeSizer() {
    }

    public static Fitted fit(String label, Shape shape, Size minimum, double fontSize) {
        double grow = switch (shape) {
            case ELLIPSE, CIRCLE -> 1.42;
            case DIAMOND -> 2.0;
            default -> 1.0;
        };
        double maxTextWidth = Math.max(minimum.width() * 1.6 / grow, 90);
        List<String> lines = label.isBlank() ? List.of() : TextMetrics.wrap(label, fontSize, maxTextWidth, MAX_LINES);
        double textWidth = 0;
        for (String line : lines) {
            textWidth = Math.max(textWidth, TextMetrics.width(line, fontSize));
        }
        double textHeight = lines.size() * TextMetrics.lineHeight(fontSize);
        double width = Math.max(minimum.width(), Math.ceil((textWidth + 2 * PADDING) * grow));
        double height = Math.max(minimum.height(), Math.ceil((textHeight + 2 * PADDING) * grow));
        if (shape == Shape.CIRCLE) {
            width = height = Math.max(width, height);
        }
        return new Fitted(lines, new Size(width, height));
    }
}
