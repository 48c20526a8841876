package org.synergos.diagram.layout;

/** An axis-aligned rectangle in diagram coordinates. */
public record Box(double x, double y, double width, double height) {

    /** Whether the interiors of the two boxes intersect (touching edges do not count). */
    public boolean overlaps(Box other) {
        return x < other.x + other.width && other.x < x + width && y < other.y + other.height
                && other.y < y + height;
    }

    public Point center() {
        return new Point(x + width / 2, y + height / 2);
    }
}
