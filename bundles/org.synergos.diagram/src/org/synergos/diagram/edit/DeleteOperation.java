package org.synergos.diagram.edit;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.synergos.diagram.DiagramEdge;
import org.synergos.diagram.EdgeMapping;

/**
 * Deletes an element with everything that would dangle otherwise: edge elements whose source or target it is
 * (a path to a deleted construct goes too) are deleted with it, and every other reference to it or its
 * contents (a mediator list, an event's participants) is removed. Deleting a relation edge removes the
 * reference, or the target element when the relation is a containment.
 */
final class DeleteOperation {

    private DeleteOperation() {
    }

    static Prepared prepare(EditContext context, String id) {
        Optional<DiagramEdge> edge = context.edge(id);
        if (edge.isPresent() && edge.get().elementId() == null) {
            return relationEdge(context, edge.get());
        }
        if (context.node(id).isEmpty() && edge.isEmpty()) {
            return Prepared.refused("nothing with id '" + id + "' on the diagram");
        }
        return deleteElement(context, context.element(id).orElseThrow(), id);
    }

    private static Prepared relationEdge(EditContext context, DiagramEdge edge) {
        EdgeMapping mapping = context.description.edgeMapping(edge.mappingId()).orElseThrow();
        EObject source = context.element(edge.sourceId()).orElseThrow();
        EObject target = context.element(edge.targetId()).orElseThrow();
        EReference relation = (EReference) source.eClass().getEStructuralFeature(mapping.relation());
        if (relation.isContainment()) {
            return deleteElement(context, target, edge.id());
        }
        return Prepared.withId(edge.id(), new ModelChangeCommand("Remove " + mapping.relation(),
                edits -> edits.detach(source, relation, target)));
    }

    private static Prepared deleteElement(EditContext context, EObject element, String resultId) {
        Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.CrossReferencer.find(List.of(context.root));
        List<EObject> doomed = doomed(context, element, usages);
        Set<EObject> doomedSet = Collections.newSetFromMap(new IdentityHashMap<>());
        doomedSet.addAll(doomed);
        return Prepared.withId(resultId, new ModelChangeCommand("Delete", edits -> {
            for (EObject gone : doomed) {
                for (EStructuralFeature.Setting setting : usages.getOrDefault(gone, List.of())) {
                    EStructuralFeature feature = setting.getEStructuralFeature();
                    if (!doomedSet.contains(setting.getEObject()) && feature.isChangeable() && !feature.isDerived()) {
                        edits.detach(setting.getEObject(), feature, gone);
                    }
                }
            }
            for (EObject gone : doomed) {
                if (!doomedSet.contains(gone.eContainer())) {
                    edits.detach(gone.eContainer(), gone.eContainingFeature(), gone);
                }
            }
        }));
    }

    /** The element, its contents, and (transitively) edge elements ending at any of them, in discovery order. */
    private static List<EObject> doomed(EditContext context, EObject element,
            Map<EObject, Collection<EStructuralFeature.Setting>> usages) {
        List<EObject> doomed = new ArrayList<>();
        Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<EObject> work = new ArrayDeque<>();
        work.add(element);
        while (!work.isEmpty()) {
            EObject next = work.removeFirst();
            if (!seen.add(next) || next.eContainer() == null) {
                continue;
            }
            doomed.add(next);
            List<EObject> withContents = new ArrayList<>(List.of(next));
            for (TreeIterator<EObject> it = next.eAllContents(); it.hasNext();) {
                EObject content = it.next();
                if (seen.add(content)) {
                    doomed.add(content);
                    withContents.add(content);
                }
            }
            for (EObject gone : withContents) {
                for (EStructuralFeature.Setting setting : usages.getOrDefault(gone, List.of())) {
                    if (isEdgeEnd(context, setting.getEObject(), setting.getEStructuralFeature())) {
                        work.add(setting.getEObject());
                    }
                }
            }
        }
        return doomed;
    }

    private static boolean isEdgeEnd(EditContext context, EObject owner, EStructuralFeature feature) {
        for (EdgeMapping mapping : context.description.edges()) {
            if (!mapping.isRelationBased() && context.eClass(mapping.domainClass()).isInstance(owner)
                    && (feature.getName().equals(mapping.sourceFeature())
                            || feature.getName().equals(mapping.targetFeature()))) {
                return true;
            }
        }
        return false;
    }
}
