package org.synergos.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synergos.model.Actor;
import org.synergos.model.CausalMap;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.Event;
import org.synergos.model.Framework;
import org.synergos.model.ImplementationPathMap;
import org.synergos.model.PathStage;
import org.synergos.model.PathStageKind;
import org.synergos.model.StructuralPath;
import org.synergos.model.SynergosFactory;
import org.synergos.model.helpers.Elements;
import org.synergos.model.time.Period;

class DiagramFactoryTest {

    /** Expected node and edge counts, derived from the model with its own API (not from the descriptions). */
    private record Expected(int nodes, int edges) {
    }

    static Stream<Arguments> examplesAndDescriptions() {
        List<Arguments> cases = new ArrayList<>();
        for (Path model : ExampleModels.all()) {
            for (String id : DiagramDescriptions.BUILT_IN_IDS) {
                cases.add(Arguments.of(ExampleModels.name(model), id));
            }
        }
        return cases.stream();
    }

    static Expected expected(Framework model, String descriptionId) {
        return switch (descriptionId) {
            case "sem-path" -> {
                int indicators = model.getConstructs().stream().mapToInt(c -> c.getIndicators().size()).sum();
                yield new Expected(model.getConstructs().size() + indicators,
                        indicators + model.getPaths().size() + model.getMediations().size());
            }
            case "actor-network" -> new Expected(model.getActors().size(), model.getCollaborations().size());
            case "causal-map" -> new Expected(
                    model.getCausalMaps().stream().mapToInt(m -> m.getStages().size()).sum(),
                    model.getCausalMaps().stream().mapToInt(m -> m.getLinks().size()).sum());
            case "implementation-path" -> new Expected(
                    model.getImplementationPathMaps().stream().mapToInt(m -> m.getStages().size()).sum(),
                    model.getImplementationPathMaps().stream().mapToInt(m -> m.getTransitions().size()).sum());
            case "event-timeline" -> {
                Map<Actor, Boolean> participants = new IdentityHashMap<>();
                model.getEvents().forEach(e -> e.getParticipants().forEach(a -> participants.put(a, true)));
                yield new Expected(model.getEvents().size() + participants.size(),
                        model.getEvents().stream().mapToInt(e -> e.getParticipants().size()).sum());
            }
            case "stock-flow" -> new Expected(model.getSystemDynamicsModels().stream()
                    .mapToInt(m -> m.getStocks().size() + m.getFlows().size() + m.getDelays().size()
                            + m.getAuxiliaries().size() + m.getParameters().size() + m.getLookupTables().size())
                    .sum(),
                    model.getSystemDynamicsModels().stream().flatMap(m -> m.getFlows().stream())
                            .mapToInt(f -> (f.getFrom() == null ? 0 : 1) + (f.getTo() == null ? 0 : 1)).sum());
            default -> throw new IllegalArgumentException(descriptionId);
        };
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("examplesAndDescriptions")
    void everyExampleGivesTheCountsItsModelImpliesWithoutProblems(String example, String descriptionId) {
        Framework model = ExampleModels.load(example);
        DiagramGraph graph = DiagramFactory.build(model, DiagramDescriptions.builtIn(descriptionId));

        Expected expected = expected(model, descriptionId);
        assertEquals(expected.nodes(), graph.nodes().size(), "nodes");
        assertEquals(expected.edges(), graph.edges().size(), "edges");
        assertEquals(List.of(), graph.problems());
        assertEquals(graph, DiagramFactory.build(ExampleModels.load(example), DiagramDescriptions.builtIn(descriptionId)),
                "same model, same graph");
        for (DiagramEdge edge : graph.edges()) {
            assertTrue(graph.node(edge.sourceId()).isPresent() && graph.node(edge.targetId()).isPresent(), edge.id());
        }
        assertEquals(graph.nodes().size(), graph.nodes().stream().map(DiagramNode::id).distinct().count());
    }

    @Test
    void semPathDiagramShowsConstructsAsEllipsesIndicatorsAsRectanglesAndLabelledHypotheses() {
        Framework model = ExampleModels.load("nqpf-smes");
        DiagramGraph graph = DiagramFactory.build(model, DiagramDescriptions.builtIn("sem-path"));

        for (Construct construct : model.getConstructs()) {
            DiagramNode node = graph.node(construct.getId()).orElseThrow();
            assertEquals(Shape.ELLIPSE, node.shape());
            assertEquals(construct.getCode(), node.label());
            construct.getIndicators().forEach(i -> {
                assertEquals(Shape.RECTANGLE, graph.node(i.getId()).orElseThrow().shape());
                assertEquals(i.getCode(), graph.node(i.getId()).orElseThrow().label());
                assertTrue(graph.edge(construct.getId() + "/indicators/" + i.getId()).isPresent());
            });
        }
        for (StructuralPath path : model.getPaths()) {
            DiagramEdge edge = graph.edge(path.getId()).orElseThrow();
            assertEquals(path.getLabel(), edge.label());
            assertEquals(path.getSource().getId(), edge.sourceId());
            assertEquals(path.getTarget().getId(), edge.targetId());
            assertEquals(Arrowhead.TRIANGLE, edge.style().arrowhead());
        }
        DiagramEdge h4 = graph.edge("mediationHypothesis.H4").orElseThrow();
        assertEquals("H4 via DT", h4.label());
        assertEquals("construct.NQPF", h4.sourceId());
        assertEquals("construct.CIP", h4.targetId());
        assertFalse(h4.style().dash().isBlank(), "mediation is dashed");
    }

    @Test
    void implementationPathDrawsFeasibilityDecisionsAsDiamondsAndLabelsTransitionsWithTheirCondition() {
        Framework model = ExampleModels.load("implementation-path");
        DiagramGraph graph = DiagramFactory.build(model, DiagramDescriptions.builtIn("implementation-path"));

        for (ImplementationPathMap map : model.getImplementationPathMaps()) {
            for (PathStage stage : map.getStages()) {
                DiagramNode node = graph.node(stage.getId()).orElseThrow();
                assertEquals(stage.getName(), node.label());
                assertEquals(stage.getKind() == PathStageKind.FEASIBILITY_DECISION, node.shape() == Shape.DIAMOND,
                        stage.getId());
            }
        }
        assertEquals("feasible", graph.edge("transition.feasibility_to_implement").orElseThrow().label());
        assertEquals("not feasible", graph.edge("transition.feasibility_to_adjust").orElseThrow().label());
        assertEquals("", graph.edge("transition.plan_to_do").orElseThrow().label());
    }

    @Test
    void causalMapAndActorNetworkUseNamesAsLabels() {
        Framework model = ExampleModels.load("implementation-path");
        DiagramGraph causal = DiagramFactory.build(model, DiagramDescriptions.builtIn("causal-map"));
        for (CausalMap map : model.getCausalMaps()) {
            map.getStages().forEach(s -> assertEquals(s.getName(), causal.node(s.getId()).orElseThrow().label()));
        }
        Framework helix = ExampleModels.load("triple-helix");
        DiagramGraph network = DiagramFactory.build(helix, DiagramDescriptions.builtIn("actor-network"));
        helix.getActors().forEach(a -> assertEquals(a.getName(), network.node(a.getId()).orElseThrow().label()));
        helix.getCollaborations().forEach(c -> assertEquals(c.getName(), network.edge(c.getId()).orElseThrow().label()));
    }

    @Test
    void eventTimelineOrdersEventsByPeriodWhateverTheModelOrder() {
        Framework model = ExampleModels.load("events");
        Event first = model.getEvents().get(0);
        model.getEvents().move(model.getEvents().size() - 1, first);  // now out of chronological order

        DiagramGraph graph = DiagramFactory.build(model, DiagramDescriptions.builtIn("event-timeline"));

        List<DiagramNode> events = graph.nodesOf("event");
        for (int i = 1; i < events.size(); i++) {
            Period before = period(model, events.get(i - 1).id());
            Period after = period(model, events.get(i).id());
            assertTrue(before.compareTo(after) <= 0, before + " before " + after);
        }
        assertTrue(events.get(0).label().startsWith(first.getPeriod()), events.get(0).label());
    }

    private static Period period(Framework model, String eventId) {
        return Period.parse(model.getEvents().stream().filter(e -> e.getId().equals(eventId)).findFirst()
                .orElseThrow().getPeriod());
    }

    @Test
    void danglingReferencesAreSkippedAndReportedNamingTheElement() {
        Framework model = Elements.framework("broken");
        Construct a = Elements.construct(model, "A", ConstructMode.REFLECTIVE);
        Construct outside = SynergosFactory.eINSTANCE.createConstruct();  // in no model: a dangling reference
        outside.setId("construct.GONE");
        outside.setCode("GONE");
        StructuralPath dangling = SynergosFactory.eINSTANCE.createStructuralPath();
        dangling.setId("structuralPath.H9");
        dangling.setLabel("H9");
        dangling.setSource(a);
        dangling.setTarget(outside);
        model.getPaths().add(dangling);
        StructuralPath unset = SynergosFactory.eINSTANCE.createStructuralPath();
        unset.setId("structuralPath.H10");
        unset.setLabel("H10");
        unset.setSource(a);
        model.getPaths().add(unset);

        DiagramGraph graph = DiagramFactory.build(model, DiagramDescriptions.builtIn("sem-path"));

        assertEquals(1, graph.nodes().size());
        assertEquals(List.of(), graph.edges());
        assertEquals(2, graph.problems().size(), graph.problems().toString());
        DiagramProblem problem = graph.problems().get(0);
        assertEquals("structuralPath.H9", problem.elementId());
        assertEquals("path", problem.mappingId());
        assertTrue(problem.message().contains("'H9'") && problem.message().contains("GONE"), problem.message());
        assertEquals("structuralPath.H10", graph.problems().get(1).elementId());
        assertTrue(graph.problems().get(1).message().contains("target is not set"), graph.problems().get(1).message());
    }
}
