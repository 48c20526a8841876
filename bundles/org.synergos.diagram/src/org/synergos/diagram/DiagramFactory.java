package org.synergos.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.synergos.diagram.internal.Conditions;
import org.synergos.diagram.internal.ElementText;
import org.synergos.diagram.internal.FeaturePath;
import org.synergos.diagram.internal.LabelExpression;
import org.synergos.diagram.internal.NodeSizer;
import org.synergos.model.helpers.ElementLabels;
import org.synergos.model.time.Period;

/**
 * The one diagram factory: interprets any {@link DiagramDescription} on a model and returns its
 * {@link DiagramGraph}. Nothing here knows about SEM, actors or flowcharts; that knowledge lives in the
 * descriptions.
 *
 * <p>Output order is deterministic: node mappings in description order, elements in model order (timeline
 * nodes by sort key), then edge mappings likewise. Broken models never throw: an element whose id is missing
 * or whose source or target is unset, unresolved or not on the diagram is left out and reported as a
 * {@link DiagramProblem} naming it.
 */
public final class DiagramFactory {

    private final EObject root;
    private final DiagramDescription description;
    private final Map<String, LabelExpression> expressions = new HashMap<>();
    private final Map<EObject, DiagramNode> nodeOf = new IdentityHashMap<>();
    private final Map<String, EObject> elementOfNode = new HashMap<>();
    private final List<DiagramNode> nodes = new ArrayList<>();
    private final List<DiagramEdge> edges = new ArrayList<>();
    private final List<DiagramProblem> problems = new ArrayList<>();

    private DiagramFactory(EObject root, DiagramDescription description) {
        this.root = root;
        this.description = description;
    }

    /** Builds the diagram of {@code root} (a model's root element) as {@code description} declares it. */
    public static DiagramGraph build(EObject root, DiagramDescription description) {
        DiagramFactory factory = new DiagramFactory(root, description);
        description.nodes().forEach(factory::addNodes);
        factory.orderTimeline();
        description.edges().forEach(factory::addEdges);
        return new DiagramGraph(description.id(), description.layout(), factory.nodes, factory.edges,
                factory.problems);
    }

    private void addNodes(NodeMapping mapping) {
        for (EObject element : candidates(mapping.candidates(), mapping.domainClass())) {
            if (!Conditions.holds(mapping.precondition(), element)) {
                continue;
            }
            String id = ElementText.id(element);
            if (id == null) {
                problem(element, mapping.id(), "has no id and cannot be shown");
                continue;
            }
            if (elementOfNode.containsKey(id)) {
                problem(element, mapping.id(), "id '" + id + "' is already on the diagram; shown once");
                continue;
            }
            Shape shape = mapping.shape();
            Size size = mapping.size();
            Style style = Style.NODE_DEFAULTS.overriddenBy(mapping.style());
            for (ConditionalStyle conditional : mapping.conditionalStyles()) {
                if (Conditions.holds(conditional.when(), element)) {
                    shape = conditional.shape() != null ? conditional.shape() : shape;
                    size = conditional.size() != null ? conditional.size() : size;
                    style = style.overriddenBy(conditional.style());
                }
            }
            String label = expression(mapping.label()).evaluate(element);
            NodeSizer.Fitted fitted = NodeSizer.fit(label, shape, size, style.fontSize());
            DiagramNode node = new DiagramNode(id, mapping.id(), label, fitted.lines(), shape, fitted.size(), style);
            nodes.add(node);
            nodeOf.put(element, node);
            elementOfNode.put(id, element);
        }
    }

    /** Puts the timeline mapping's nodes in sort-key order, in the slots they already occupy. */
    private void orderTimeline() {
        TimelineOrder timeline = description.layout().timeline();
        if (timeline == null) {
            return;
        }
        LabelExpression key = expression(timeline.sortExpression());
        List<Integer> slots = new ArrayList<>();
        List<DiagramNode> ordered = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).mappingId().equals(timeline.mapping())) {
                slots.add(i);
                ordered.add(nodes.get(i));
            }
        }
        Map<DiagramNode, String> keys = new IdentityHashMap<>();
        ordered.forEach(n -> keys.put(n, key.evaluate(elementOfNode.get(n.id()))));
        ordered.sort(Comparator.comparing(keys::get, DiagramFactory::compareSortKeys)); // stable: ties keep model order
        for (int i = 0; i < slots.size(); i++) {
            nodes.set(slots.get(i), ordered.get(i));
        }
    }

    /** Periods chronologically and first; other text after them, by characters; blank last. */
    static int compareSortKeys(String a, String b) {
        boolean periodA = Period.isValid(a);
        boolean periodB = Period.isValid(b);
        if (periodA && periodB) {
            return Period.parse(a).compareTo(Period.parse(b));
        }
        if (periodA != periodB) {
            return periodA ? -1 : 1;
        }
        if (a.isBlank() != b.isBlank()) {
            return a.isBlank() ? 1 : -1;
        }
        return a.compareTo(b);
    }

    private void addEdges(EdgeMapping mapping) {
        if (mapping.isRelationBased()) {
            addRelationEdges(mapping);
            return;
        }
        Style style = Style.EDGE_DEFAULTS.overriddenBy(mapping.style());
        LabelExpression label = expression(mapping.label());
        for (EObject element : candidates(mapping.candidates(), mapping.domainClass())) {
            String id = ElementText.id(element);
            if (id == null) {
                problem(element, mapping.id(), "has no id and cannot be shown");
                continue;
            }
            DiagramNode source = end(element, mapping, mapping.sourceFeature());
            DiagramNode target = end(element, mapping, mapping.targetFeature());
            if (source != null && target != null) {
                edges.add(new DiagramEdge(id, mapping.id(), id, source.id(), target.id(), label.evaluate(element),
                        style));
            }
        }
    }

    /** The node at one end of an edge element, or {@code null} after reporting why there is none. */
    private DiagramNode end(EObject element, EdgeMapping mapping, String featureName) {
        EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
        Object value = element.eGet(feature, false);
        if (!(value instanceof EObject end)) {
            problem(element, mapping.id(), featureName + " is not set");
            return null;
        }
        if (end.eIsProxy()) {
            end = org.eclipse.emf.ecore.util.EcoreUtil.resolve(end, element);
        }
        if (end.eIsProxy()) {
            problem(element, mapping.id(), featureName + " '" + ((org.eclipse.emf.ecore.InternalEObject) end)
                    .eProxyURI() + "' cannot be resolved");
            return null;
        }
        DiagramNode node = nodeOf.get(end);
        if (node == null) {
            problem(element, mapping.id(), featureName + " " + ElementLabels.of(end) + " is not on the diagram");
        }
        return node;
    }

    private void addRelationEdges(EdgeMapping mapping) {
        Style style = Style.EDGE_DEFAULTS.overriddenBy(mapping.style());
        LabelExpression label = expression(mapping.label());
        for (DiagramNode sourceNode : List.copyOf(nodes)) {
            if (!sourceNode.mappingId().equals(mapping.sourceMapping())) {
                continue;
            }
            EObject source = elementOfNode.get(sourceNode.id());
            EStructuralFeature relation = source.eClass().getEStructuralFeature(mapping.relation());
            if (relation == null) {
                continue;
            }
            for (Object value : values(source.eGet(relation))) {
                DiagramNode targetNode = value instanceof EObject target ? nodeOf.get(target) : null;
                if (targetNode == null || !targetNode.mappingId().equals(mapping.targetMapping())) {
                    String what = value instanceof EObject target && !target.eIsProxy() ? ElementLabels.of(target)
                            : "an unresolved element";
                    problem(source, mapping.id(), mapping.relation() + " " + what + " is not on the diagram");
                    continue;
                }
                String id = sourceNode.id() + "/" + mapping.relation() + "/" + targetNode.id();
                edges.add(new DiagramEdge(id, mapping.id(), null, sourceNode.id(), targetNode.id(),
                        label.evaluate((EObject) value), style));
            }
        }
    }

    private static Collection<?> values(Object value) {
        if (value instanceof Collection<?> many) {
            return many;
        }
        return value == null ? List.of() : List.of(value);
    }

    /**
     * Elements at the end of a candidates path, each once (a path through a reference such as
     * {@code events/participants} reaches an actor once per event), of the mapping's class.
     */
    private List<EObject> candidates(String path, String domainClass) {
        EClassifier eClass = root.eClass().getEPackage().getEClassifier(domainClass);
        Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return FeaturePath.elements(root, FeaturePath.segments(path)).stream()
                .filter(e -> eClass != null && eClass.isInstance(e) && !e.eIsProxy() && seen.add(e)).toList();
    }

    private LabelExpression expression(String text) {
        return expressions.computeIfAbsent(text, LabelExpression::parse);
    }

    private void problem(EObject element, String mappingId, String message) {
        problems.add(new DiagramProblem(ElementText.id(element), mappingId, ElementLabels.of(element) + ": " + message));
    }
}
