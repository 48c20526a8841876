package org.synergos.diagram.edit;

import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.synergos.diagram.DiagramEdge;
import org.synergos.diagram.DiagramNode;
import org.synergos.diagram.internal.LabelExpression;

/**
 * Direct label edit: sets the one attribute a label shows. Labels that combine several values
 * ({@code code + " " + name}) or navigate to other elements are refused, because there is no single
 * feature the typed text would belong to. Ids do not change on rename, so references stay intact.
 */
final class EditLabelOperation {

    private EditLabelOperation() {
    }

    static Prepared prepare(EditContext context, String id, String text) {
        Optional<DiagramNode> node = context.node(id);
        Optional<DiagramEdge> edge = context.edge(id);
        String expression;
        if (node.isPresent()) {
            expression = context.description.nodeMapping(node.get().mappingId()).orElseThrow().label();
        } else if (edge.isPresent() && edge.get().elementId() != null) {
            expression = context.description.edgeMapping(edge.get().mappingId()).orElseThrow().label();
        } else {
            return Prepared.refused(edge.isPresent() ? "a relation edge has no label of its own"
                    : "nothing with id '" + id + "' on the diagram");
        }
        Optional<String> featureName = LabelExpression.parse(expression).editableFeature();
        EObject element = context.element(id).orElseThrow();
        EStructuralFeature feature = featureName.map(n -> element.eClass().getEStructuralFeature(n)).orElse(null);
        if (!(feature instanceof EAttribute attribute) || attribute.isMany() || !attribute.isChangeable()) {
            return Prepared.refused("the label '" + expression + "' is not a single attribute and cannot be edited"
                    + " in place");
        }
        Object value;
        try {
            value = text == null || text.isBlank() ? null
                    : EcoreUtil.createFromString(attribute.getEAttributeType(), text.strip());
        } catch (RuntimeException e) {
            return Prepared.refused("'" + text + "' is not a valid " + attribute.getName());
        }
        return Prepared.of(element, new ModelChangeCommand("Rename", edits -> edits.set(element, attribute, value)));
    }
}
