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
        Optional<EStructuralFeature> labelled = labelFeature(context, eClass, tool);
        if (label != null && !label.isBlank()) {
            labelled.ifPresent(f -> element.eSet(f,
                    EcoreUtil.createFromString(((EAttribute) f).getEAttributeType(), label.strip())));
        } else {
            // A palette click gives no text: a short unique default ("C3", "Actor 2") shows on the node and makes
            // the readable id (construct.C3) rather than a random one.
            labelled.filter(f -> !element.eIsSet(f) && ((EAttribute) f).getEAttributeType().getInstanceClass() == String.class)
                    .ifPresent(f -> element.eSet(f, defaultLabel(context, eClass, f)));
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

    /** {@code C1}, {@code C2}... for codes (initials of the class), {@code Actor 1}... for names; unused so far. */
    private static String defaultLabel(EditContext context, EClass eClass, EStructuralFeature feature) {
        String stem = feature.getName().equals("code")
                ? eClass.getName().chars().filter(Character::isUpperCase)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                : eClass.getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ");
        String separator = feature.getName().equals("code") ? "" : " ";
        java.util.Set<Object> taken = new java.util.HashSet<>();
        for (var it = context.root.eAllContents(); it.hasNext();) {
            EObject other = it.next();
            if (other.eClass().getEAllStructuralFeatures().contains(feature)) {
                taken.add(other.eGet(feature));
            }
        }
        for (int n = 1;; n++) {
            String candidate = stem + separator + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
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
