package org.synergos.diagram.layout;

import java.util.List;
import java.util.Optional;

import org.synergos.diagram.DiagramProblem;

/**
 * A diagram with coordinates: what renderers (SVG export, later the GLSP client) draw. Coordinates are
 * rounded to hundredths so that equal inputs give byte-identical exports.
 *
 * @param width    width of the content including padding
 * @param height   height of the content including padding
 * @param problems carried over from the {@link org.synergos.diagram.DiagramGraph}
 */
public record LaidOutDiagram(String descriptionId, double width, double height, List<PlacedNode> nodes,
        List<RoutedEdge> edges, List<DiagramProblem> problems) {

    public LaidOutDiagram {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        problems = List.copyOf(problems);
    }

    public Optional<PlacedNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<RoutedEdge> edge(String id) {
        return edges.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
