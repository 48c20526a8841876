package org.synergos.diagram.edit;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.synergos.diagram.DiagramEdge;
import org.synergos.diagram.DiagramNode;
import org.synergos.diagram.EdgeMapping;

/**
 * Moves one end of an edge to another node. For an edge element this sets its source or target feature;
 * for a relation edge the target moves from the old source's reference to the new one's (for a containment
 * such as a construct's indicators that moves the indicator to the other construct).
 */
final class ReconnectOperation {

    private ReconnectOperation() {
    }

    static Prepared prepare(EditContext context, String edgeId, EdgeEnd end, String nodeId) {
        Optional<DiagramEdge> edge = context.edge(edgeId);
        Optional<DiagramNode> node = context.node(nodeId);
        if (edge.isEmpty() || node.isEmpty()) {
            return Prepared.refused("no " + (edge.isEmpty() ? "edge '" + edgeId : "node '" + nodeId) + "' on the diagram");
        }
        EdgeMapping mapping = context.description.edgeMapping(edge.get().mappingId()).orElseThrow();
        EObject newEnd = context.element(nodeId).orElseThrow();
        if (!mapping.isRelationBased()) {
            EObject element = context.element(edgeId).orElseThrow();
            EStructuralFeature feature = element.eClass().getEStructuralFeature(
                    end == EdgeEnd.SOURCE ? mapping.sourceFeature() : mapping.targetFeature());
            String refusal = CreateEdgeOperation.accepts(feature, newEnd, element.eClass());
            if (refusal != null) {
                return Prepared.refused(refusal);
            }
            return Prepared.of(element, new ModelChangeCommand("Reconnect", edits -> edits.set(element, feature, newEnd)));
        }
        String expected = end == EdgeEnd.SOURCE ? mapping.sourceMapping() : mapping.targetMapping();
        if (!node.get().mappingId().equals(expected)) {
            return Prepared.refused("the " + end.name().toLowerCase() + " of a " + mapping.id() + " edge must be a "
                    + expected);
        }
        EObject source = context.element(edge.get().sourceId()).orElseThrow();
        EObject target = context.element(edge.get().targetId()).orElseThrow();
        EReference relation = (EReference) source.eClass().getEStructuralFeature(mapping.relation());
        if (end == EdgeEnd.TARGET && relation.isContainment()) {
            return Prepared.refused("'" + mapping.relation() + "' contains its targets; reconnect the source instead");
        }
        EObject newSource = end == EdgeEnd.SOURCE ? newEnd : source;
        EObject newTarget = end == EdgeEnd.TARGET ? newEnd : target;
        String newId = (end == EdgeEnd.SOURCE ? nodeId : edge.get().sourceId()) + "/" + mapping.relation() + "/"
                + (end == EdgeEnd.TARGET ? nodeId : edge.get().targetId());
        return Prepared.withId(newId, new ModelChangeCommand("Reconnect", edits -> {
            edits.detach(source, relation, target);
            if (relation.isMany()) {
                edits.add(newSource, relation, newTarget);
            } else {
                edits.set(newSource, relation, newTarget);
            }
        }));
    }
}
