package org.synergos.diagram.internal;

import org.synergos.diagram.Shape;
import org.synergos.diagram.layout.Box;
import org.synergos.diagram.layout.Point;

/**
 * Moves edge end points from a node's bounding box onto its actual outline. Layered layout routes to the
 * bounding box; for ellipses, circles and diamonds that leaves a gap between arrowhead and shape.
 */
public final class ShapeOutline {

    private ShapeOutline() {
    }

    /**
     * The point where the edge arriving at {@code end} from {@code from} meets the outline: first along the
     * edge's own direction (keeps orthogonal routes orthogonal), else on the line towards the centre.
     */
    public static Point clip(Point from, Point end, Shape shape, Box box) {
        if (shape != Shape.ELLIPSE && shape != Shape.CIRCLE && shape != Shape.DIAMOND) {
            return end;
        }
        double dx = end.x() - from.x();
        double dy = end.y() - from.y();
        double length = Math.hypot(dx, dy);
        double reach = Math.hypot(box.width(), box.height());
        if (length > 1e-9) {
            double ux = dx / length;
            double uy = dy / length;
            for (double s = 0; s <= reach; s += 2) {
                Point probe = new Point(end.x() + ux * s, end.y() + uy * s);
                if (inside(probe, shape, box)) {
                    return boundary(new Point(end.x() + ux * Math.max(0, s - 2), end.y() + uy * Math.max(0, s - 2)),
                            probe, shape, box);
                }
            }
        }
        Point center = box.center();
        return inside(from, shape, box) ? end : boundary(from, center, shape, box);
    }

    /** Bisects between an outside and an inside point. */
    private static Point boundary(Point outside, Point inside, Shape shape, Box box) {
        Point out = outside;
        Point in = inside;
        for (int i = 0; i < 30; i++) {
            Point mid = new Point((out.x() + in.x()) / 2, (out.y() + in.y()) / 2);
            if (inside(mid, shape, box)) {
                in = mid;
            } else {
                out = mid;
            }
        }
        return out;
    }

    static boolean inside(Point p, Shape shape, Box box) {
        double rx = box.width() / 2;
        double ry = box.height() / 2;
        if (shape == Shape.CIRCLE) {
            rx = ry = Math.min(rx, ry);
        }
        double nx = (p.x() - box.x() - box.width() / 2) / rx;
        double ny = (p.y() - box.y() - box.height() / 2) / ry;
        return shape == Shape.DIAMOND ? Math.abs(nx) + Math.abs(ny) < 1 : nx * nx + ny * ny < 1;
    }
}
