package org.synergos.diagram;

import java.util.List;

/**
 * A node of a {@link DiagramGraph}: one semantic element drawn by one node mapping.
 *
 * @param id         the element's id attribute (stable across edits, so clients can keep selections)
 * @param mappingId  the node mapping that produced it
 * @param label      the evaluated label expression
 * @param labelLines the label wrapped to fit the node
 * @param shape      resolved shape (conditional styles applied)
 * @param size       size fitted to the label, at least the mapping's size
 * @param style      fully resolved style
 */
public record DiagramNode(String id, String mappingId, String label, List<String> labelLines, Shape shape,
        Size size, Style style) {

    public DiagramNode {
        labelLines = List.copyOf(labelLines);
    }
}
