package org.synergos.analysis.ahp.internal;

import java.util.List;

/**
 * The goal or a criterion with the criteria below it (none for a leaf criterion).
 *
 * @param level 0 for the goal, 1 for the criteria under it, 2 for their sub-criteria, …
 */
public record Node(Element element, int level, List<Node> children) {

    public boolean isLeaf() {
        return children.isEmpty();
    }
}
