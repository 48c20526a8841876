package org.synergos.diagram;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of diagram, declared rather than programmed (Sirius' viewpoint/diagram description): which elements
 * become nodes and edges, how they look, how they are laid out, and which palette tools edit them. One
 * generic {@link DiagramFactory} and one set of edit operations interpret every description, so a new kind of
 * diagram is a new JSON file, not new code.
 */
public record DiagramDescription(String id, String label, LayoutHints layout, List<NodeMapping> nodes,
        List<EdgeMapping> edges, List<Tool> tools) {

    public DiagramDescription {
        Objects.requireNonNull(id, "description id");
        label = label == null ? id : label;
        layout = layout == null ? LayoutHints.DEFAULT : layout;
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        edges = edges == null ? List.of() : List.copyOf(edges);
        tools = tools == null ? List.of() : List.copyOf(tools);
    }

    public Optional<NodeMapping> nodeMapping(String mappingId) {
        return nodes.stream().filter(m -> m.id().equals(mappingId)).findFirst();
    }

    public Optional<EdgeMapping> edgeMapping(String mappingId) {
        return edges.stream().filter(m -> m.id().equals(mappingId)).findFirst();
    }

    public Optional<Tool> tool(String toolId) {
        return tools.stream().filter(t -> t.id().equals(toolId)).findFirst();
    }
}
