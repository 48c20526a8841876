package org.synergos.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.synergos.diagram.DiagramEdge;
import org.synergos.diagram.DiagramGraph;
import org.synergos.diagram.DiagramNode;
import org.synergos.diagram.LayoutHints;
import org.synergos.diagram.TimelineOrder;
import org.synergos.diagram.internal.ShapeOutline;
import org.synergos.diagram.text.TextMetrics;

/**
 * Lays out a {@link DiagramGraph} with ELK Layered (Sugiyama-style: layers along the description's flow
 * direction, crossing minimisation, Brandes-Köpf placement), through ELK's plain-Java API so it runs the
 * same in OSGi, in tests and on a server: the layered algorithm's metadata is registered explicitly rather
 * than discovered through the Eclipse extension registry, which the Felix runtime does not have.
 *
 * <p>Timelines: consecutive nodes of the timeline mapping are joined by hidden edges, which forces each into
 * a later layer than the one before; the hidden edges are dropped from the result. Layout is deterministic
 * (fixed random seed, model order considered), so equal graphs give equal coordinates. Cycles are broken by
 * model order, so a flowchart's loop back is the edge drawn backwards and its first stage comes first.
 */
public final class ElkLayout {

    private static final double PADDING = 20;
    private static boolean registered;

    private ElkLayout() {
    }

    public static LaidOutDiagram layout(DiagramGraph graph) {
        registerLayered();
        LayoutHints hints = graph.layout();
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, hints);
        Map<String, ElkNode> elkNodes = new HashMap<>();
        for (DiagramNode node : graph.nodes()) {
            ElkNode elkNode = ElkGraphUtil.createNode(root);
            elkNode.setIdentifier(node.id());
            elkNode.setDimensions(node.size().width(), node.size().height());
            elkNodes.put(node.id(), elkNode);
        }
        Map<ElkEdge, DiagramEdge> edges = new IdentityHashMap<>();
        List<ElkEdge> ordered = new ArrayList<>();
        for (DiagramEdge edge : graph.edges()) {
            ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.sourceId()), elkNodes.get(edge.targetId()));
            if (!edge.label().isBlank()) {
                ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elkEdge);
                double fontSize = edge.style().fontSize();
                label.setDimensions(TextMetrics.width(edge.label(), fontSize) + 4, TextMetrics.lineHeight(fontSize));
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            }
            edges.put(elkEdge, edge);
            ordered.add(elkEdge);
        }
        addTimelineOrder(graph, root, elkNodes);
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        return result(graph, root, elkNodes, ordered, edges);
    }

    private static synchronized void registerLayered() {
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }

    private static void configure(ElkNode root, LayoutHints hints) {
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, switch (hints.direction()) {
            case RIGHT -> Direction.RIGHT;
            case DOWN -> Direction.DOWN;
            case LEFT -> Direction.LEFT;
            case UP -> Direction.UP;
        });
        root.setProperty(CoreOptions.EDGE_ROUTING,
                hints.edgeRouting() == LayoutHints.EdgeRouting.ORTHOGONAL ? EdgeRouting.ORTHOGONAL : EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, hints.nodeSpacing());
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, hints.layerSpacing());
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(LayeredOptions.RANDOM_SEED, 1);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        // a loop back (adjust -> goal setting) is drawn backwards, not the first stage in the middle
        root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.MODEL_ORDER);
    }

    private static void addTimelineOrder(DiagramGraph graph, ElkNode root, Map<String, ElkNode> elkNodes) {
        TimelineOrder timeline = graph.layout().timeline();
        if (timeline == null) {
            return;
        }
        ElkNode previous = null;
        for (DiagramNode node : graph.nodesOf(timeline.mapping())) {
            ElkNode current = elkNodes.get(node.id());
            if (previous != null) {
                ElkEdge hidden = ElkGraphUtil.createSimpleEdge(previous, current);
                hidden.setProperty(LayeredOptions.PRIORITY_DIRECTION, 100);
            }
            previous = current;
        }
    }

    private static LaidOutDiagram result(DiagramGraph graph, ElkNode root, Map<String, ElkNode> elkNodes,
            List<ElkEdge> ordered, Map<ElkEdge, DiagramEdge> edges) {
        List<PlacedNode> placed = new ArrayList<>();
        Map<String, PlacedNode> byId = new HashMap<>();
        for (DiagramNode node : graph.nodes()) {
            ElkNode elkNode = elkNodes.get(node.id());
            PlacedNode placedNode = new PlacedNode(node, new Box(round(elkNode.getX()), round(elkNode.getY()),
                    round(elkNode.getWidth()), round(elkNode.getHeight())));
            placed.add(placedNode);
            byId.put(node.id(), placedNode);
        }
        List<RoutedEdge> routed = new ArrayList<>();
        for (ElkEdge elkEdge : ordered) {
            DiagramEdge edge = edges.get(elkEdge);
            routed.add(new RoutedEdge(edge, route(elkEdge, byId.get(edge.sourceId()), byId.get(edge.targetId())),
                    labelBox(elkEdge)));
        }
        return new LaidOutDiagram(graph.descriptionId(), round(root.getWidth()), round(root.getHeight()), placed, routed,
                graph.problems());
    }

    private static List<Point> route(ElkEdge elkEdge, PlacedNode source, PlacedNode target) {
        List<Point> points = new ArrayList<>();
        if (elkEdge.getSections().isEmpty()) {
            points.add(source.bounds().center());
            points.add(target.bounds().center());
        } else {
            ElkEdgeSection section = elkEdge.getSections().get(0);
            points.add(new Point(section.getStartX(), section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(new Point(bend.getX(), bend.getY()));
            }
            points.add(new Point(section.getEndX(), section.getEndY()));
        }
        int last = points.size() - 1;
        points.set(0, ShapeOutline.clip(points.get(1), points.get(0), source.node().shape(), source.bounds()));
        points.set(last, ShapeOutline.clip(points.get(last - 1), points.get(last), target.node().shape(),
                target.bounds()));
        return points.stream().map(p -> new Point(round(p.x()), round(p.y()))).toList();
    }

    private static Box labelBox(ElkEdge elkEdge) {
        if (elkEdge.getLabels().isEmpty()) {
            return null;
        }
        ElkLabel label = elkEdge.getLabels().get(0);
        return new Box(round(label.getX()), round(label.getY()), round(label.getWidth()), round(label.getHeight()));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
