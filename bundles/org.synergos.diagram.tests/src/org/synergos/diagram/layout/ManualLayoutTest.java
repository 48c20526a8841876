package org.synergos.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.diagram.DiagramDescriptions;
import org.synergos.diagram.DiagramFactory;
import org.synergos.diagram.DiagramGraph;
import org.synergos.diagram.ExampleModels;

class ManualLayoutTest {

    private final DiagramGraph graph = DiagramFactory.build(ExampleModels.load("nqpf-smes"),
            DiagramDescriptions.builtIn("sem-path"));

    @Test
    void withoutStoredPositionsEveryNodeIsWhereElkPutsIt() {
        LaidOutDiagram elk = ElkLayout.layout(graph);
        LaidOutDiagram manual = ManualLayout.place(graph, Map.of());
        for (PlacedNode node : elk.nodes()) {
            assertEquals(node.bounds(), manual.node(node.id()).orElseThrow().bounds(), node.id());
        }
    }

    @Test
    void storedPositionsWinAndEdgesRunBetweenTheOutlines() {
        Map<String, Box> stored = new HashMap<>();
        stored.put("construct.NQPF", new Box(500, 500, 10, 10));
        stored.put("construct.DT", new Box(800, 500, 96, 52));
        LaidOutDiagram placed = ManualLayout.place(graph, stored);
        Box nqpf = placed.node("construct.NQPF").orElseThrow().bounds();
        assertEquals(500, nqpf.x());
        assertEquals(96, nqpf.width(), "never smaller than the label-fitted size");
        RoutedEdge path = placed.edges().stream()
                .filter(e -> e.edge().sourceId().equals("construct.NQPF") && e.edge().targetId().equals("construct.DT"))
                .findFirst().orElseThrow();
        Point start = path.points().get(0);
        Point end = path.points().get(path.points().size() - 1);
        // Both constructs are ellipses centred on y = 526: the edge leaves NQPF's right end and meets DT's left end.
        assertEquals(596, start.x(), 0.5);
        assertEquals(800, end.x(), 0.5);
        assertEquals(526, start.y(), 0.5);
        assertTrue(path.label() == null || path.label().y() < 526, "the label sits above the line");
    }
}
