package org.synergos.diagram.edit;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.synergos.diagram.DiagramNode;
import org.synergos.diagram.NodeMapping;
import org.synergos.diagram.Tool;
import org.synergos.diagram.internal.FeaturePath;
import org.synergos.diagram.internal.LabelExpression;

/** Creates an element with a node tool: instantiate, set initial values and label, contain, assign an id. */
final class CreateNodeOperation {

    private CreateNodeOperation() {
    }

    static Prepared prepare(EditContext context, Tool tool, String containerNodeId, String label) {
        EClass eClass = context.eClass(tool.eClass());
        EObject container;
        EStructuralFeature containment;
        if (tool.containerMapping() != null) {
            Optional<DiagramNode> node = context.node(containerNodeId)
                    .filter(n -> n.mappingId().equals(tool.containerMapping()));
            if (node.isEmpty()) {
                return Prepared.refused("tool '" + tool.label() + "' needs a " + tool.containerMapping()
                        + " node to create into; got '" + containerNodeId + "'");
            }
            container = context.element(node.get().id()).orElseThrow();
            containment = container.eClass().getEStructuralFeature(tool.containment());
        } else {
            List<String> path = FeaturePath.segments(tool.containment());
            EObject contextElement = context.element(containerNodeId).orElse(null);
            Optional<EObject> found = context.containerAlong(path, contextElement);
            if (found.isEmpty()) {
                return Prepared.refused("tool '" + tool.label() + "': the model has no "
                        + String.join("/", path.subList(0, path.size() - 1)) + " to create into");
            }
            container = found.get();
            containment = container.eClass().getEStructuralFeature(path.get(path.size() - 1));
        }
        EObject element = EcoreUtil.create(eClass);
        EditContext.initialize(element, tool.initialValues());
        if (label != null && !label.isBlank()) {
            labelFeature(context, eClass, tool).ifPresent(f -> element.eSet(f,
                    EcoreUtil.createFromString(((EAttribute) f).getEAttributeType(), label.strip())));
        }
        EObject owner = container;
        EStructuralFeature feature = containment;
        return Prepared.of(element, new ModelChangeCommand("Create " + tool.label(), edits -> {
            if (feature.isMany()) {
                edits.add(owner, feature, element);
            } else {
                edits.set(owner, feature, element);
            }
            EditContext.assignId(element, edits);
        }));
    }

    /**
     * The attribute the new element's label sets: the editable feature of the first node mapping showing the
     * tool's class through the tool's containment, else {@code name}.
     */
    static Optional<EStructuralFeature> labelFeature(EditContext context, EClass eClass, Tool tool) {
        String containmentName = FeaturePath.segments(tool.containment()).get(
                FeaturePath.segments(tool.containment()).size() - 1);
        for (NodeMapping mapping : context.description.nodes()) {
            EClass mapped = context.eClass(mapping.domainClass());
            List<String> path = FeaturePath.segments(mapping.candidates());
            if (mapped != null && mapped.isSuperTypeOf(eClass) && path.get(path.size() - 1).equals(containmentName)) {
                Optional<String> editable = LabelExpression.parse(mapping.label()).editableFeature();
                if (editable.isPresent()) {
                    return attribute(eClass, editable.get());
                }
            }
        }
        return attribute(eClass, "name");
    }

    private static Optional<EStructuralFeature> attribute(EClass eClass, String name) {
        EStructuralFeature feature = eClass.getEStructuralFeature(name);
        return feature instanceof EAttribute && !feature.isMany() && !(feature instanceof EReference)
                ? Optional.of(feature) : Optional.empty();
    }
}
