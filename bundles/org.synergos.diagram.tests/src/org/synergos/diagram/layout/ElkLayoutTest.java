package org.synergos.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synergos.diagram.DiagramDescriptions;
import org.synergos.diagram.DiagramFactory;
import org.synergos.diagram.DiagramGraph;
import org.synergos.diagram.ExampleModels;
import org.synergos.diagram.Shape;
import org.synergos.model.Framework;

class ElkLayoutTest {

    static Stream<Arguments> nonEmptyDiagrams() {
        List<Arguments> cases = new ArrayList<>();
        for (Path model : ExampleModels.all()) {
            Framework framework = ExampleModels.load(model);
            for (String id : DiagramDescriptions.BUILT_IN_IDS) {
                if (!DiagramFactory.build(framework, DiagramDescriptions.builtIn(id)).nodes().isEmpty()) {
                    cases.add(Arguments.of(ExampleModels.name(model), id));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("nonEmptyDiagrams")
    void nodesDoNotOverlapStayInsideTheDiagramAndLayoutIsDeterministic(String example, String descriptionId) {
        DiagramGraph graph = DiagramFactory.build(ExampleModels.load(example), DiagramDescriptions.builtIn(descriptionId));

        LaidOutDiagram diagram = ElkLayout.layout(graph);

        assertEquals(graph.nodes().size(), diagram.nodes().size());
        assertEquals(graph.edges().size(), diagram.edges().size());
        List<PlacedNode> nodes = diagram.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            Box box = nodes.get(i).bounds();
            assertTrue(box.x() >= 0 && box.y() >= 0 && box.x() + box.width() <= diagram.width()
                    && box.y() + box.height() <= diagram.height(), nodes.get(i).id() + " inside");
            assertEquals(nodes.get(i).node().size().width(), box.width(), 0.01, "keeps its size");
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(box.overlaps(nodes.get(j).bounds()), nodes.get(i).id() + " overlaps " + nodes.get(j).id());
            }
        }
        for (RoutedEdge edge : diagram.edges()) {
            assertTrue(edge.points().size() >= 2, edge.id());
        }
        LaidOutDiagram again = ElkLayout.layout(DiagramFactory.build(ExampleModels.load(example),
                DiagramDescriptions.builtIn(descriptionId)));
        assertEquals(diagram, again, "two runs give identical layouts");
    }

    @Test
    void pathDiagramsFlowLeftToRight() {
        LaidOutDiagram diagram = layout("nqpf-smes", "sem-path");
        double nqpf = diagram.node("construct.NQPF").orElseThrow().bounds().x();
        double dt = diagram.node("construct.DT").orElseThrow().bounds().x();
        double cip = diagram.node("construct.CIP").orElseThrow().bounds().x();
        assertTrue(nqpf < dt && dt < cip, nqpf + " < " + dt + " < " + cip);
    }

    @Test
    void flowchartStartsWithGoalSettingAndDrawsTheLoopBackwards() {
        LaidOutDiagram diagram = layout("implementation-path", "implementation-path");
        double goal = diagram.node("pathStage.goal_setting").orElseThrow().bounds().x();
        double feasibility = diagram.node("pathStage.feasibility").orElseThrow().bounds().x();
        double adjust = diagram.node("pathStage.adjust").orElseThrow().bounds().x();
        assertTrue(goal < feasibility && feasibility < adjust);
        for (PlacedNode node : diagram.nodes()) {
            assertTrue(goal <= node.bounds().x(), node.id() + " right of goal setting");
        }
    }

    @Test
    void timelineEventsAreOrderedByPeriodAlongTheFlow() {
        LaidOutDiagram diagram = layout("events", "event-timeline");
        double q1 = diagram.node("event.knowledge_sharing_conference").orElseThrow().bounds().x();
        double q2 = diagram.node("event.technology_transfer_agreement").orElseThrow().bounds().x();
        double q3 = diagram.node("event.product_market_launch").orElseThrow().bounds().x();
        assertTrue(q1 < q2 && q2 < q3, q1 + " < " + q2 + " < " + q3);
        assertEquals(6, diagram.edges().size(), "hidden ordering edges are not in the result");
    }

    @Test
    void edgeEndsTouchEllipseOutlines() {
        LaidOutDiagram diagram = layout("nqpf-smes", "sem-path");
        RoutedEdge h2 = diagram.edge("structuralPath.H2").orElseThrow();
        PlacedNode dt = diagram.node("construct.DT").orElseThrow();
        assertEquals(Shape.ELLIPSE, dt.node().shape());
        Point end = h2.points().get(h2.points().size() - 1);
        Box b = dt.bounds();
        double nx = (end.x() - b.center().x()) / (b.width() / 2);
        double ny = (end.y() - b.center().y()) / (b.height() / 2);
        assertEquals(1.0, nx * nx + ny * ny, 0.05, "end point on the ellipse");
    }

    private static LaidOutDiagram layout(String example, String descriptionId) {
        return ElkLayout.layout(DiagramFactory.build(ExampleModels.load(example),
                DiagramDescriptions.builtIn(descriptionId)));
    }
}
