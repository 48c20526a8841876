package org.synergos.diagram.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.synergos.diagram.DiagramEdge;
import org.synergos.diagram.DiagramGraph;
import org.synergos.diagram.DiagramNode;
import org.synergos.diagram.internal.ShapeOutline;
import org.synergos.diagram.text.TextMetrics;

/**
 * Places a diagram where the user put its nodes (positions kept beside the model by the workbench); nodes
 * without a position take ELK's. Edges run straight between the shapes' outlines, as an editor draws them
 * while nodes are moved by hand.
 */
public final class ManualLayout {

    private static final double PADDING = 12;

    private ManualLayout() {
    }

    /**
     * @param positions top-left corners (and sizes, which are ignored in favour of the label-fitted size when
     *                  smaller) by node id
     */
    public static LaidOutDiagram place(DiagramGraph graph, Map<String, Box> positions) {
        boolean complete = graph.nodes().stream().allMatch(n -> positions.containsKey(n.id()));
        LaidOutDiagram automatic = complete ? null : ElkLayout.layout(graph);
        List<PlacedNode> placed = new ArrayList<>();
        Map<String, PlacedNode> byId = new java.util.HashMap<>();
        double maxX = 0;
        double maxY = 0;
        for (DiagramNode node : graph.nodes()) {
            Box stored = positions.get(node.id());
            Box box = stored != null
                    ? new Box(round(stored.x()), round(stored.y()), round(Math.max(stored.width(), node.size().width())),
                            round(Math.max(stored.height(), node.size().height())))
                    : automatic.node(node.id()).map(PlacedNode::bounds).orElseThrow();
            PlacedNode placedNode = new PlacedNode(node, box);
            placed.add(placedNode);
            byId.put(node.id(), placedNode);
            maxX = Math.max(maxX, box.x() + box.width());
            maxY = Math.max(maxY, box.y() + box.height());
        }
        List<RoutedEdge> routed = new ArrayList<>();
        for (DiagramEdge edge : graph.edges()) {
            PlacedNode source = byId.get(edge.sourceId());
            PlacedNode target = byId.get(edge.targetId());
            if (source == null || target == null) {
                continue;
            }
            Point from = source.bounds().center();
            Point to = target.bounds().center();
            Point start = outline(to, source);
            Point end = outline(from, target);
            List<Point> points = List.of(new Point(round(start.x()), round(start.y())),
                    new Point(round(end.x()), round(end.y())));
            routed.add(new RoutedEdge(edge, points, labelBox(edge, start, end)));
        }
        return new LaidOutDiagram(graph.descriptionId(), round(maxX + PADDING), round(maxY + PADDING), placed, routed,
                graph.problems());
    }

    /** Where the line from {@code outside} to the node's centre crosses the node's outline. */
    private static Point outline(Point outside, PlacedNode node) {
        Box box = node.bounds();
        Point centre = box.center();
        double dx = outside.x() - centre.x();
        double dy = outside.y() - centre.y();
        if (Math.abs(dx) < 1e-9 && Math.abs(dy) < 1e-9) {
            return centre;
        }
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : box.width() / 2 / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : box.height() / 2 / Math.abs(dy));
        Point onBox = scale >= 1 ? outside : new Point(centre.x() + dx * scale, centre.y() + dy * scale);
        // Round shapes: continue from the bounding box inwards to the curve itself.
        return ShapeOutline.clip(outside, onBox, node.node().shape(), box);
    }

    private static Box labelBox(DiagramEdge edge, Point start, Point end) {
        if (edge.label().isBlank()) {
            return null;
        }
        double fontSize = edge.style().fontSize() == null ? 11 : edge.style().fontSize();
        double width = TextMetrics.width(edge.label(), fontSize) + 4;
        double height = TextMetrics.lineHeight(fontSize);
        double x = (start.x() + end.x()) / 2 - width / 2;
        double y = (start.y() + end.y()) / 2 - height - 2;
        return new Box(round(x), round(y), round(width), round(height));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
