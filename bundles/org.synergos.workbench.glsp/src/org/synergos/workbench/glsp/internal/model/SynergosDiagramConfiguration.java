package org.synergos.workbench.glsp.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphExtension;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.synergos.diagram.DiagramDescription;
import org.synergos.diagram.Shape;
import org.synergos.diagram.Tool;
import org.synergos.diagram.ToolKind;

import com.google.inject.Inject;

/**
 * What clients may do with the elements of one diagram kind. The server sizes nodes and labels itself (text
 * metrics shared with the SVG export), so no client-side bounds round trip is needed; layout is manual, with
 * ELK on request.
 */
public class SynergosDiagramConfiguration implements DiagramConfiguration {

    static final List<String> NODE_TYPES = java.util.Arrays.stream(Shape.values())
            .map(s -> "node:" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList();

    @Inject
    private DiagramDescription description;

    @Override
    public String getDiagramType() {
        return description.id();
    }

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
        NODE_TYPES.forEach(type -> mappings.put(type, GraphPackage.Literals.GNODE));
        mappings.put("label:node", GraphPackage.Literals.GLABEL);
        mappings.put("label:edge", GraphPackage.Literals.GLABEL);
        mappings.put("label:overlay", GraphPackage.Literals.GLABEL);
        return mappings;
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        List<String> nodeTools = description.tools().stream().filter(t -> t.kind() == ToolKind.CREATE_NODE)
                .map(Tool::id).toList();
        List<ShapeTypeHint> hints = new ArrayList<>();
        // Any node may receive a node tool; the server refuses what the description does not allow, with a reason.
        NODE_TYPES.forEach(type -> hints.add(new ShapeTypeHint(type, true, true, true, false, nodeTools)));
        return hints;
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        List<EdgeTypeHint> hints = new ArrayList<>();
        hints.add(new EdgeTypeHint(DefaultTypes.EDGE, true, true, false, NODE_TYPES, NODE_TYPES));
        description.tools().stream().filter(t -> t.kind() == ToolKind.CREATE_EDGE)
                .forEach(t -> hints.add(new EdgeTypeHint(t.id(), false, true, false, NODE_TYPES, NODE_TYPES)));
        return hints;
    }

    @Override
    public Optional<GraphExtension> getGraphExtension() {
        return Optional.empty();
    }

    @Override
    public ServerLayoutKind getLayoutKind() {
        return ServerLayoutKind.MANUAL;
    }

    @Override
    public boolean needsClientLayout() {
        return false;
    }

    /**
     * Updates replace the diagram at once: animated updates fade removed elements out over several frames, and
     * a diagram updated again meanwhile (undo right after an edit) could keep showing them.
     */
    @Override
    public boolean animatedUpdate() {
        return false;
    }
}
