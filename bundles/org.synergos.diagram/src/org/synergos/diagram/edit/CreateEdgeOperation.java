package org.synergos.diagram.edit;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.synergos.diagram.DiagramNode;
import org.synergos.diagram.EdgeMapping;
import org.synergos.diagram.Tool;
import org.synergos.diagram.internal.FeaturePath;
import org.synergos.model.helpers.ElementLabels;

/**
 * Creates an edge with an edge tool: an edge element whose source and target features point at the two
 * nodes' elements (contained next to the source, e.g. in the source's path map), or, for relation-based
 * mappings, the target added to the source's reference.
 */
final class CreateEdgeOperation {

    private CreateEdgeOperation() {
    }

    static Prepared prepare(EditContext context, Tool tool, String sourceNodeId, String targetNodeId) {
        EdgeMapping mapping = context.description.edgeMapping(tool.edgeMapping()).orElseThrow();
        Optional<DiagramNode> sourceNode = context.node(sourceNodeId);
        Optional<DiagramNode> targetNode = context.node(targetNodeId);
        if (sourceNode.isEmpty() || targetNode.isEmpty()) {
            return Prepared.refused("no node '" + (sourceNode.isEmpty() ? sourceNodeId : targetNodeId)
                    + "' on the diagram");
        }
        EObject source = context.element(sourceNodeId).orElseThrow();
        EObject target = context.element(targetNodeId).orElseThrow();
        return mapping.isRelationBased()
                ? relation(context, mapping, sourceNode.get(), targetNode.get(), source, target)
                : element(context, tool, mapping, source, target);
    }

    private static Prepared element(EditContext context, Tool tool, EdgeMapping mapping, EObject source,
            EObject target) {
        EClass eClass = context.eClass(tool.eClass());
        EStructuralFeature sourceFeature = eClass.getEStructuralFeature(mapping.sourceFeature());
        EStructuralFeature targetFeature = eClass.getEStructuralFeature(mapping.targetFeature());
        String refusal = accepts(sourceFeature, source, eClass);
        refusal = refusal != null ? refusal : accepts(targetFeature, target, eClass);
        if (refusal != null) {
            return Prepared.refused(refusal);
        }
        List<String> path = FeaturePath.segments(tool.containment());
        Optional<EObject> container = context.containerAlong(path, source);
        if (container.isEmpty()) {
            return Prepared.refused("the model has nothing to contain a new " + ElementLabels.kind(EcoreUtil.create(eClass)));
        }
        EObject element = EcoreUtil.create(eClass);
        EditContext.initialize(element, tool.initialValues());
        element.eSet(sourceFeature, source);
        element.eSet(targetFeature, target);
        EStructuralFeature containment = container.get().eClass().getEStructuralFeature(path.get(path.size() - 1));
        EObject owner = container.get();
        return Prepared.of(element, new ModelChangeCommand("Create " + tool.label(), edits -> {
            edits.add(owner, containment, element);
            EditContext.assignId(element, edits);
        }));
    }

    private static Prepared relation(EditContext context, EdgeMapping mapping, DiagramNode sourceNode,
            DiagramNode targetNode, EObject source, EObject target) {
        if (!sourceNode.mappingId().equals(mapping.sourceMapping())
                || !targetNode.mappingId().equals(mapping.targetMapping())) {
            return Prepared.refused("a " + mapping.id() + " edge goes from a " + mapping.sourceMapping() + " to a "
                    + mapping.targetMapping());
        }
        EReference relation = (EReference) source.eClass().getEStructuralFeature(mapping.relation());
        if (relation.isContainment()) {
            return Prepared.refused("'" + mapping.relation() + "' contains its targets; create them with a node tool");
        }
        if (relation.isMany() ? ((List<?>) source.eGet(relation)).contains(target) : source.eGet(relation) == target) {
            return Prepared.refused(ElementLabels.of(target) + " is already one of the " + mapping.relation()
                    + " of " + ElementLabels.of(source));
        }
        String id = sourceNode.id() + "/" + mapping.relation() + "/" + targetNode.id();
        return Prepared.withId(id, new ModelChangeCommand("Add " + mapping.relation(), edits -> {
            if (relation.isMany()) {
                edits.add(source, relation, target);
            } else {
                edits.set(source, relation, target);
            }
        }));
    }

    /** Why {@code end} cannot be the value of {@code feature}, or {@code null} when it can. */
    static String accepts(EStructuralFeature feature, EObject end, EClass edgeClass) {
        if (feature instanceof EReference reference && reference.getEReferenceType().isInstance(end)) {
            return null;
        }
        return "the " + feature.getName() + " of a " + edgeClass.getName() + " cannot be " + ElementLabels.of(end);
    }
}
