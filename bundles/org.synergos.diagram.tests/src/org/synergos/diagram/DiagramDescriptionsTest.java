package org.synergos.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.synergos.model.SynergosPackage;

class DiagramDescriptionsTest {

    @Test
    void theFiveBuiltInDescriptionsLoadAndPassTheMetamodelCheck() {
        assertEquals(DiagramDescriptions.BUILT_IN_IDS,
                DiagramDescriptions.builtIns().stream().map(DiagramDescription::id).toList());
        DiagramDescription flowchart = DiagramDescriptions.builtIn("implementation-path");
        NodeMapping stage = flowchart.nodeMapping("stage").orElseThrow();
        assertTrue(stage.conditionalStyles().stream().anyMatch(c -> c.shape() == Shape.DIAMOND
                && c.when().equals(new Condition("kind", "FEASIBILITY_DECISION"))));
        assertEquals(LayoutHints.Direction.RIGHT, flowchart.layout().direction());
        assertEquals(new TimelineOrder("event", "period"),
                DiagramDescriptions.builtIn("event-timeline").layout().timeline());
        assertTrue(DiagramDescriptions.builtIn("sem-path").edgeMapping("measurement").orElseThrow().isRelationBased());
    }

    @Test
    void unknownClassesAndFeaturesAreRejectedWhenLoadingNamingTheMapping() {
        String json = """
                { "id": "bad", "nodes": [
                  { "id": "n", "domainClass": "Construct", "candidates": "constructs", "label": "code + nmae" },
                  { "id": "m", "domainClass": "Konstrukt", "candidates": "constructs" } ],
                  "edges": [ { "id": "e", "domainClass": "StructuralPath", "candidates": "paths",
                    "sourceFeature": "source", "targetFeature": "goal" } ] }
                """;
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> read(json));
        assertTrue(error.getMessage().startsWith("bad.json: "), error.getMessage());
        assertTrue(error.getMessage().contains("node mapping 'n' label: 'code + nmae': Construct has no feature 'nmae'"),
                error.getMessage());
        assertTrue(error.getMessage().contains("no class 'Konstrukt'"), error.getMessage());
        assertTrue(error.getMessage().contains("StructuralPath has no reference 'goal'"), error.getMessage());
    }

    @Test
    void malformedJsonAndUnknownPropertiesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> read("{ \"id\": "));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> read("{ \"id\": \"x\", \"nodez\": [] }"));
        assertTrue(unknown.getMessage().contains("nodez"), unknown.getMessage());
        IllegalArgumentException bothKinds = assertThrows(IllegalArgumentException.class, () -> read("""
                { "id": "x", "edges": [ { "id": "e", "domainClass": "StructuralPath", "relation": "indicators" } ] }
                """));
        assertTrue(bothKinds.getMessage().contains("edge mapping e"), bothKinds.getMessage());
    }

    @Test
    void unknownBuiltInIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> DiagramDescriptions.builtIn("uml-class"));
    }

    private static DiagramDescription read(String json) {
        return DiagramDescriptions.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bad.json",
                SynergosPackage.eINSTANCE);
    }
}
