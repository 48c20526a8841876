package org.synergos.workbench.glsp.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.synergos.diagram.DiagramEdge;
import org.synergos.diagram.DiagramGraph;
import org.synergos.diagram.Style;
import org.synergos.diagram.layout.Box;
import org.synergos.diagram.layout.LaidOutDiagram;
import org.synergos.diagram.layout.ManualLayout;
import org.synergos.diagram.layout.PlacedNode;
import org.synergos.diagram.layout.RoutedEdge;

import com.google.inject.Inject;

/**
 * Draws the open model as a GLSP graph: the description's generic diagram (nodes, edges, labels, styles),
 * placed where the user put the nodes (ELK places the others), with the engine overlay. The types are those of
 * {@code docs/workbench-protocol.md}.
 */
public class SynergosGModelFactory implements GModelFactory {

    @Inject
    private SynergosModelState state;

    @Override
    public void createGModel() {
        DiagramGraph graph = state.editor().graph();
        LaidOutDiagram placed = ManualLayout.place(graph, state.positions().asMap());
        // Nodes ELK placed keep that place from now on, so later edits do not move them.
        placed.nodes().forEach(n -> state.positions().putIfAbsent(n.id(), n.bounds()));
        Map<String, String> columns = new java.util.HashMap<>();
        Map<String, String> eClasses = eClassesById(columns);
        List<GModelElement> children = new ArrayList<>();
        placed.nodes().forEach(n -> children.add(node(n, eClasses.getOrDefault(n.id(), ""), columns.get(n.id()))));
        placed.edges().forEach(e -> children.add(edge(e)));
        GGraph root = new GGraphBuilder().id(SynergosModelState.ROOT_ID)
                .addArgument("descriptionId", graph.descriptionId()).addAll(children).build();
        // GLSP numbers each update from the previous root's revision
        if (state.getRoot() != null) {
            root.setRevision(state.getRoot().getRevision());
        }
        state.updateRoot(root);
    }

    /** One pass over the model (a lookup per node would make redrawing quadratic in the model's size). */
    private Map<String, String> eClassesById(Map<String, String> columns) {
        Map<String, String> eClasses = new java.util.HashMap<>();
        for (var it = state.framework().eAllContents(); it.hasNext();) {
            if (it.next() instanceof org.synergos.model.Identified element && element.getId() != null) {
                eClasses.put(element.getId(), element.eClass().getName());
                // the data column an indicator is bound to: the data panel shows it as used
                if (element instanceof org.synergos.model.Indicator indicator && indicator.getColumn() != null
                        && !indicator.getColumn().isBlank()) {
                    columns.put(element.getId(), indicator.getColumn());
                }
            }
        }
        return eClasses;
    }

    private GNode node(PlacedNode placed, String eClass, String column) {
        Box box = placed.bounds();
        Style style = placed.node().style();
        GNodeBuilder node = new GNodeBuilder("node:" + placed.node().shape().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .id(placed.id()).position(box.x(), box.y()).size(box.width(), box.height())
                .addArgument("mapping", placed.node().mappingId())
                .addArgument("eClass", eClass);
        if (column != null) {
            node.addArgument("column", column);
        }
        styleArguments(style, node::addArgument);
        node.add(new GLabelBuilder("label:node").id(placed.id() + "_label").text(placed.node().label())
                .addArgument("lines", String.join("\n", placed.node().labelLines())).build());
        Map<String, String> overlay = state.overlay().lines(placed.id());
        boolean significant = state.overlay().significant(placed.id());
        // Nodes show what belongs to a construct (R²); loadings go on the indicator's link, β on paths.
        overlay.entrySet().stream().filter(e -> e.getKey().equals("r2"))
                .forEach(e -> node.add(overlayLabel(placed.id(), e.getKey(), e.getValue(), significant, null)));
        return node.build();
    }

    private GEdge edge(RoutedEdge routed) {
        DiagramEdge edge = routed.edge();
        GEdgeBuilder builder = new GEdgeBuilder("edge").id(edge.id()).sourceId(edge.sourceId()).targetId(edge.targetId())
                .addArgument("mapping", edge.mappingId());
        // Bends of parallel edges (first and last points are where the edge meets the shapes: the client's anchors).
        routed.points().stream().skip(1).limit(Math.max(0, routed.points().size() - 2))
                .forEach(p -> builder.addRoutingPoint(p.x(), p.y()));
        styleArguments(edge.style(), builder::addArgument);
        builder.addArgument("arrowhead", edge.style().arrowhead() == null ? "NONE" : edge.style().arrowhead().name());
        if (!edge.label().isBlank()) {
            builder.add(new GLabelBuilder("label:edge").id(edge.id() + "_label").text(edge.label())
                    .edgePlacement(new GEdgePlacementBuilder().position(0.5).side("top").offset(4).rotate(false).build())
                    .build());
        }
        boolean significant = state.overlay().edgeSignificant(edge);
        state.overlay().edgeLines(edge).forEach((key, text) -> builder.add(overlayLabel(edge.id(), key, text,
                significant, edge.label().isBlank() ? "top" : "bottom")));
        return builder.build();
    }

    private static GLabel overlayLabel(String ownerId, String key, String text, boolean significant, String side) {
        GLabelBuilder label = new GLabelBuilder("label:overlay").id(ownerId + "_overlay_" + key).text(text)
                .addArgument("kind", key.equals("beta") || key.equals("indirect") ? "path" : key)
                .addArgument("significant", significant);
        if (side != null) {
            label.edgePlacement(new GEdgePlacementBuilder().position(0.5).side(side).offset(4).rotate(false).build());
        }
        return label.build();
    }

    private static void styleArguments(Style style, java.util.function.BiConsumer<String, Object> argument) {
        putIfPresent(argument, "fill", style.fill());
        putIfPresent(argument, "stroke", style.stroke());
        putIfPresent(argument, "strokeWidth", style.strokeWidth());
        putIfPresent(argument, "dash", style.dash());
        putIfPresent(argument, "fontSize", style.fontSize());
    }

    private static void putIfPresent(java.util.function.BiConsumer<String, Object> argument, String key, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            argument.accept(key, value);
        }
    }
}
