package org.synergos.diagram.layout;

import java.util.List;

import org.synergos.diagram.DiagramEdge;

/**
 * An edge after layout.
 *
 * @param points start point, bend points and end point; the ends touch the outline of the source and target
 *               shapes (ellipses and diamonds included), so arrowheads meet the shape
 * @param label  where the edge label goes, or {@code null} when the edge has no label
 */
public record RoutedEdge(DiagramEdge edge, List<Point> points, Box label) {

    public RoutedEdge {
        points = List.copyOf(points);
    }

    public String id() {
        return edge.id();
    }
}
