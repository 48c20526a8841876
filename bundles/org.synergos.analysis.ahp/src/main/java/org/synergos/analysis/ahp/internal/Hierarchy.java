package org.synergos.analysis.ahp.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A validated AHP hierarchy: goal → criteria → sub-criteria (any depth) → optional alternatives, with a
 * comparison for every goal or criterion that has two or more elements below it.
 *
 * @param comparisons by the id of the parent element, in the order of the hierarchy (depth first)
 */
public record Hierarchy(Path file, Node goal, List<Element> alternatives, Map<String, Comparison> comparisons) {

    public boolean hasAlternatives() {
        return !alternatives.isEmpty();
    }

    /** Goal and criteria, depth first. */
    public List<Node> nodes() {
        List<Node> nodes = new ArrayList<>();
        collect(goal, nodes);
        return nodes;
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        for (Node child : node.children()) {
            collect(child, into);
        }
    }

    /** The elements compared under a node: its criteria, or the alternatives under a leaf criterion. */
    public List<Element> comparedUnder(Node node) {
        return node.isLeaf() ? alternatives : node.children().stream().map(Node::element).toList();
    }
}
