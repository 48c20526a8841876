package org.synergos.diagram.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.synergos.diagram.DiagramDescriptions;
import org.synergos.diagram.DiagramGraph;
import org.synergos.diagram.ExampleModels;
import org.synergos.diagram.Shape;
import org.synergos.model.Construct;
import org.synergos.model.Event;
import org.synergos.model.Framework;
import org.synergos.model.Indicator;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.PathStage;
import org.synergos.model.PathStageKind;
import org.synergos.model.StructuralPath;
import org.synergos.model.Transition;

class DiagramEditorTest {

    private final Framework model = ExampleModels.load("nqpf-smes");
    private final DiagramEditor editor = new DiagramEditor(model, DiagramDescriptions.builtIn("sem-path"));

    @Test
    void createNodeAssignsAReadableIdAndUndoRedoRemoveAndRestoreIt() {
        DiagramGraph before = editor.graph();

        EditResult created = editor.createNode("create-construct", null, "TRUST");

        assertTrue(created.applied(), created.message());
        assertEquals("construct.TRUST", created.elementId());
        Construct trust = model.getConstructs().get(model.getConstructs().size() - 1);
        assertEquals("TRUST", trust.getCode());
        assertEquals(Shape.ELLIPSE, editor.graph().node("construct.TRUST").orElseThrow().shape());
        assertTrue(editor.undo());
        assertEquals(before, editor.graph());
        assertTrue(editor.redo());
        assertSame(trust, model.getConstructs().get(model.getConstructs().size() - 1));
        assertEquals("TRUST", editor.graph().node("construct.TRUST").orElseThrow().label());
    }

    @Test
    void createIndicatorGoesIntoTheChosenConstruct() {
        EditResult created = editor.createNode("create-indicator", "construct.DT", "DT6");

        assertTrue(created.applied(), created.message());
        assertTrue(editor.graph().edge("construct.DT/indicators/" + created.elementId()).isPresent());
        assertFalse(editor.createNode("create-indicator", "indicator.DT1", "X").applied(), "needs a construct");
        assertTrue(editor.undo());
        assertTrue(editor.graph().node(created.elementId()).isEmpty());
    }

    @Test
    void createEdgeSetsSourceAndTargetAndRefusesWrongEnds() {
        EditResult created = editor.createEdge("create-path", "construct.CIP", "construct.DT");

        assertTrue(created.applied(), created.message());
        StructuralPath path = model.getPaths().get(model.getPaths().size() - 1);
        assertEquals("construct.CIP", path.getSource().getId());
        assertEquals(created.elementId(), path.getId());
        assertEquals("construct.CIP", editor.graph().edge(created.elementId()).orElseThrow().sourceId());
        EditResult wrong = editor.createEdge("create-path", "construct.CIP", "indicator.DT1");
        assertFalse(wrong.applied());
        assertTrue(wrong.message().contains("target"), wrong.message());
        assertTrue(editor.undo());
        assertTrue(editor.graph().edge(created.elementId()).isEmpty());
    }

    @Test
    void deleteRemovesTheElementItsEdgesAndReferencesAndUndoRestoresAllOfIt() {
        DiagramGraph before = editor.graph();
        int paths = model.getPaths().size();
        MediationHypothesis h4 = model.getMediations().get(0);

        EditResult deleted = editor.delete("construct.DT");

        assertTrue(deleted.applied(), deleted.message());
        DiagramGraph after = editor.graph();
        assertTrue(after.node("construct.DT").isEmpty());
        assertTrue(after.node("indicator.DT1").isEmpty(), "contained indicators go with it");
        assertEquals(paths - 2, model.getPaths().size(), "H2 and H3 ended at DT");
        assertTrue(h4.getMediators().isEmpty(), "DT removed from the mediators");
        assertEquals(after.problems().size(), 0, after.problems().toString());
        assertTrue(editor.undo());
        assertEquals(before, editor.graph());
        assertEquals("construct.DT", h4.getMediators().get(0).getId());
        assertTrue(editor.redo());
        assertEquals(after, editor.graph());
    }

    @Test
    void deletingAMeasurementEdgeDeletesTheIndicator() {
        Indicator dt1 = model.getConstructs().stream().filter(c -> c.getCode().equals("DT")).findFirst().orElseThrow()
                .getIndicators().get(0);
        assertTrue(editor.delete("construct.DT/indicators/" + dt1.getId()).applied());
        assertNull(dt1.eContainer());
        assertTrue(editor.undo());
        assertEquals("construct.DT", ((Construct) dt1.eContainer()).getId());
    }

    @Test
    void labelEditSetsTheSingleFeatureTheLabelShowsAndKeepsTheId() {
        EditResult renamed = editor.editLabel("construct.DT", "DIGI");

        assertTrue(renamed.applied(), renamed.message());
        assertEquals("construct.DT", renamed.elementId());
        assertEquals("DIGI", editor.graph().node("construct.DT").orElseThrow().label());
        assertTrue(editor.editLabel("structuralPath.H1", "H1a").applied());
        assertEquals("H1a", editor.graph().edge("structuralPath.H1").orElseThrow().label());
        EditResult refused = editor.editLabel("mediationHypothesis.H4", "x");
        assertFalse(refused.applied());
        assertTrue(refused.message().contains("not a single attribute"), refused.message());
        assertTrue(editor.undo());
        assertTrue(editor.undo());
        assertEquals("DT", editor.graph().node("construct.DT").orElseThrow().label());
    }

    @Test
    void reconnectMovesAnEdgeEndAndUndoMovesItBack() {
        EditResult moved = editor.reconnect("structuralPath.H1", EdgeEnd.TARGET, "construct.DT");

        assertTrue(moved.applied(), moved.message());
        assertEquals("construct.DT", editor.graph().edge("structuralPath.H1").orElseThrow().targetId());
        assertTrue(editor.undo());
        assertEquals("construct.CIP", editor.graph().edge("structuralPath.H1").orElseThrow().targetId());

        Indicator dt1 = (Indicator) editor.graph().nodesOf("indicator").stream()
                .filter(n -> n.id().equals("indicator.DT1")).findFirst().map(n -> find(n.id())).orElseThrow();
        EditResult movedIndicator = editor.reconnect("construct.DT/indicators/indicator.DT1", EdgeEnd.SOURCE,
                "construct.CIP");
        assertTrue(movedIndicator.applied(), movedIndicator.message());
        assertEquals("construct.CIP/indicators/indicator.DT1", movedIndicator.elementId());
        assertEquals("construct.CIP", ((Construct) dt1.eContainer()).getId());
        assertTrue(editor.undo());
        assertEquals("construct.DT", ((Construct) dt1.eContainer()).getId());
        assertFalse(editor.reconnect("construct.DT/indicators/indicator.DT1", EdgeEnd.TARGET, "indicator.DT2")
                .applied(), "a containment's target cannot be reconnected");
    }

    @Test
    void flowchartToolsCreateDecisionsAndTransitionsInsideThePathMap() {
        Framework paths = ExampleModels.load("implementation-path");
        DiagramEditor flow = new DiagramEditor(paths, DiagramDescriptions.builtIn("implementation-path"));

        EditResult decision = flow.createNode("create-decision", null, "Second review");
        EditResult transition = flow.createEdge("create-transition", "pathStage.implement", decision.elementId());

        assertTrue(decision.applied() && transition.applied(), decision.message() + transition.message());
        PathStage stage = (PathStage) find(paths, decision.elementId());
        assertEquals(PathStageKind.FEASIBILITY_DECISION, stage.getKind());
        assertEquals(Shape.DIAMOND, flow.graph().node(decision.elementId()).orElseThrow().shape());
        Transition created = (Transition) find(paths, transition.elementId());
        assertSame(paths.getImplementationPathMaps().get(0), created.eContainer());
        assertTrue(flow.undo() && flow.undo());
        assertEquals(9, paths.getImplementationPathMaps().get(0).getStages().size());
        assertFalse(flow.undo(), "nothing left to undo");
    }

    @Test
    void relationToolsAddAndRemoveReferences() {
        Framework events = ExampleModels.load("events");
        DiagramEditor timeline = new DiagramEditor(events, DiagramDescriptions.builtIn("event-timeline"));
        Event launch = (Event) find(events, "event.product_market_launch");

        EditResult added = timeline.createEdge("add-participant", "event.product_market_launch", "actor.universities");
        assertTrue(added.applied(), added.message());
        assertEquals("event.product_market_launch/participants/actor.universities", added.elementId());
        assertEquals(3, launch.getParticipants().size());
        assertFalse(timeline.createEdge("add-participant", "event.product_market_launch", "actor.universities").applied());
        assertTrue(timeline.delete(added.elementId()).applied());
        assertEquals(2, launch.getParticipants().size());
        assertTrue(timeline.undo());
        assertEquals(3, launch.getParticipants().size());
    }

    @Test
    void unknownIdsAndToolsAreRefusedWithoutTouchingTheStack() {
        assertFalse(editor.delete("construct.NOPE").applied());
        assertFalse(editor.createNode("create-path", null, "x").applied(), "an edge tool is not a node tool");
        assertFalse(editor.reconnect("structuralPath.H1", EdgeEnd.SOURCE, "nope").applied());
        assertFalse(editor.commandStack().canUndo());
    }

    private org.eclipse.emf.ecore.EObject find(String id) {
        return find(model, id);
    }

    private static org.eclipse.emf.ecore.EObject find(Framework root, String id) {
        for (var it = root.eAllContents(); it.hasNext();) {
            var next = it.next();
            if (id.equals(EcoreUtil.getID(next))) {
                return next;
            }
        }
        throw new AssertionError("no " + id);
    }
}
