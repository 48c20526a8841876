package org.synergos.diagram;

/**
 * An edge of a {@link DiagramGraph}.
 *
 * @param id        the edge element's id (element-based mappings) or {@code sourceId/relation/targetId}
 *                  (relation-based mappings)
 * @param mappingId the edge mapping that produced it
 * @param elementId the semantic element behind the edge, or {@code null} for relation-based edges
 * @param sourceId  id of the source node
 * @param targetId  id of the target node
 * @param label     evaluated label expression (may be empty)
 * @param style     fully resolved style
 */
public record DiagramEdge(String id, String mappingId, String elementId, String sourceId, String targetId,
        String label, Style style) {
}
