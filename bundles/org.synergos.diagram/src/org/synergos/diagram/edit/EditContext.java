package org.synergos.diagram.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.synergos.diagram.DiagramDescription;
import org.synergos.diagram.DiagramEdge;
import org.synergos.diagram.DiagramFactory;
import org.synergos.diagram.DiagramGraph;
import org.synergos.diagram.DiagramNode;
import org.synergos.diagram.internal.ElementText;
import org.synergos.diagram.internal.FeaturePath;
import org.synergos.model.Identified;
import org.synergos.model.helpers.ModelIds;

/**
 * What every operation needs at the moment it runs: the model, the description, the current diagram (to
 * know which mapping an id belongs to) and an index of elements by id. Built fresh per operation, since
 * the model may have changed in between.
 */
final class EditContext {

    final EObject root;
    final DiagramDescription description;
    final DiagramGraph graph;
    private final Map<String, EObject> elements = new HashMap<>();

    EditContext(EObject root, DiagramDescription description) {
        this.root = root;
        this.description = description;
        this.graph = DiagramFactory.build(root, description);
        index(root);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            index(it.next());
        }
    }

    private void index(EObject object) {
        String id = ElementText.id(object);
        if (id != null) {
            elements.putIfAbsent(id, object);
        }
    }

    Optional<EObject> element(String id) {
        return Optional.ofNullable(id == null ? null : elements.get(id));
    }

    Optional<DiagramNode> node(String id) {
        return id == null ? Optional.empty() : graph.node(id);
    }

    Optional<DiagramEdge> edge(String id) {
        return id == null ? Optional.empty() : graph.edge(id);
    }

    EClass eClass(String name) {
        return name == null ? null : (EClass) root.eClass().getEPackage().getEClassifier(name);
    }

    /**
     * The object owning the containment feature at the end of {@code path} (the root for a one-segment path):
     * among several candidates the one enclosing {@code context}, else the first.
     */
    Optional<EObject> containerAlong(List<String> path, EObject context) {
        List<EObject> candidates = path.size() == 1 ? List.of(root)
                : FeaturePath.elements(root, path.subList(0, path.size() - 1));
        for (EObject candidate : candidates) {
            if (context != null && EcoreUtil.isAncestor(candidate, context)) {
                return Optional.of(candidate);
            }
        }
        return candidates.stream().findFirst();
    }

    /** Sets attributes given as text on a fresh element (not recorded: the element is not in the model yet). */
    static void initialize(EObject element, Map<String, String> values) {
        for (Map.Entry<String, String> value : values.entrySet()) {
            EStructuralFeature feature = element.eClass().getEStructuralFeature(value.getKey());
            if (feature instanceof EAttribute attribute && !attribute.isMany()) {
                element.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), value.getValue()));
            }
        }
    }

    /** Gives a newly contained element its readable id and records it for undo. */
    static void assignId(EObject element, ModelEdits edits) {
        if (element instanceof Identified identified) {
            EStructuralFeature idFeature = element.eClass().getEStructuralFeature("id");
            boolean wasSet = element.eIsSet(idFeature);
            String old = identified.getId();
            ModelIds.assign(identified);
            edits.recordSet(element, idFeature, old, wasSet);
        }
    }
}
