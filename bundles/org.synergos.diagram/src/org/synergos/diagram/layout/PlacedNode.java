package org.synergos.diagram.layout;

import org.synergos.diagram.DiagramNode;

/** A node with its position and size after layout. */
public record PlacedNode(DiagramNode node, Box bounds) {

    public String id() {
        return node.id();
    }
}
