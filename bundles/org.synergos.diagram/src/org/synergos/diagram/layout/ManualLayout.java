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
    private static final double PARALLEL_GAP = 28;

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
        Map<String, Integer> parallel = new java.util.HashMap<>();
        for (DiagramEdge edge : graph.edges()) {
            PlacedNode source = byId.get(edge.sourceId());
            PlacedNode target = byId.get(edge.targetId());
            if (source == null || target == null) {
                continue;
            }
            // Edges between the same two nodes (a path and a mediation, say) bend apart instead of overlapping.
            String pair = edge.sourceId().compareTo(edge.targetId()) < 0 ? edge.sourceId() + "\n" + edge.targetId()
                    : edge.targetId() + "\n" + edge.sourceId();
            int index = parallel.merge(pair, 1, Integer::sum) - 1;
            Point from = source.bounds().center();
            Point to = target.bounds().center();
            Point bend = index == 0 ? null : bend(from, to, index);
            Point start = outline(bend != null ? bend : to, source);
            Point end = outline(bend != null ? bend : from, target);
            List<Point> points = new ArrayList<>();
            points.add(new Point(round(start.x()), round(start.y())));
            if (bend != null) {
                points.add(new Point(round(bend.x()), round(bend.y())));
            }
            points.add(new Point(round(end.x()), round(end.y())));
            Point labelAt = bend != null ? bend : new Point((start.x() + end.x()) / 2, (start.y() + end.y()) / 2);
            routed.add(new RoutedEdge(edge, points, labelBox(edge, labelAt)));
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

    /** The bend of the {@code index}-th extra edge between two nodes: alternately either side, further each pair. */
    private static Point bend(Point from, Point to, int index) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length = Math.max(1e-9, Math.hypot(dx, dy));
        double offset = PARALLEL_GAP * ((index + 1) / 2) * (index % 2 == 1 ? 1 : -1);
        return new Point((from.x() + to.x()) / 2 - dy / length * offset, (from.y() + to.y()) / 2 + dx / length * offset);
    }

    private static Box labelBox(DiagramEdge edge, Point middle) {
        if (edge.label().isBlank()) {
            return null;
        }
        double fontSize = edge.style().fontSize() == null ? 11 : edge.style().fontSize();
        double width = TextMetrics.width(edge.label(), fontSize) + 4;
        double height = TextMetrics.lineHeight(fontSize);
        double x = middle.x() - width / 2;
        double y = middle.y() - height - 2;
        return new Box(round(x), round(y), round(width), round(height));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
