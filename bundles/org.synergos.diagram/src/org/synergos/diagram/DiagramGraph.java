package org.synergos.diagram;

import java.util.List;
import java.util.Optional;

/**
 * The diagram of one model under one description, before layout: nodes and edges in a deterministic order
 * (mapping order, then model order; timeline nodes by their sort key) and the problems met while building it.
 * Immutable; an edit produces a new graph.
 */
public record DiagramGraph(String descriptionId, LayoutHints layout, List<DiagramNode> nodes,
        List<DiagramEdge> edges, List<DiagramProblem> problems) {

    public DiagramGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        problems = List.copyOf(problems);
    }

    public Optional<DiagramNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<DiagramEdge> edge(String id) {
        return edges.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<DiagramNode> nodesOf(String mappingId) {
        return nodes.stream().filter(n -> n.mappingId().equals(mappingId)).toList();
    }

    public List<DiagramEdge> edgesOf(String mappingId) {
        return edges.stream().filter(e -> e.mappingId().equals(mappingId)).toList();
    }
}
