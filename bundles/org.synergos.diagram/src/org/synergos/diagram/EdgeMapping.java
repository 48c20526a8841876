package org.synergos.diagram;

import java.util.Objects;

/**
 * Maps semantic relationships to edges, in one of two forms (as in Sirius):
 * <ul>
 * <li><b>element-based</b> ({@code domainClass}, {@code candidates}, {@code sourceFeature},
 * {@code targetFeature}): each candidate element becomes an edge from the node of its source to the node of
 * its target, e.g. a {@code StructuralPath} or a {@code Collaboration}; the edge id is the element's id;</li>
 * <li><b>relation-based</b> ({@code sourceMapping}, {@code relation}, {@code targetMapping}): each value of
 * reference {@code relation} of a node's element becomes an edge to the value's node, e.g. a construct's
 * {@code indicators}; the edge id is {@code sourceId/relation/targetId}.</li>
 * </ul>
 *
 * @param label label expression evaluated on the edge element (element-based) or the target (relation-based)
 */
public record EdgeMapping(String id, String domainClass, String candidates, String sourceFeature,
        String targetFeature, String sourceMapping, String relation, String targetMapping, String label,
        Style style) {

    public EdgeMapping {
        Objects.requireNonNull(id, "edge mapping id");
        boolean elementBased = domainClass != null || candidates != null || sourceFeature != null
                || targetFeature != null;
        boolean relationBased = sourceMapping != null || relation != null || targetMapping != null;
        if (elementBased == relationBased) {
            throw new IllegalArgumentException("edge mapping " + id
                    + ": give either domainClass/candidates/sourceFeature/targetFeature or"
                    + " sourceMapping/relation/targetMapping");
        }
        if (elementBased && (domainClass == null || candidates == null || sourceFeature == null
                || targetFeature == null)) {
            throw new IllegalArgumentException("edge mapping " + id
                    + ": an element-based edge needs domainClass, candidates, sourceFeature and targetFeature");
        }
        if (relationBased && (sourceMapping == null || relation == null || targetMapping == null)) {
            throw new IllegalArgumentException("edge mapping " + id
                    + ": a relation-based edge needs sourceMapping, relation and targetMapping");
        }
        label = label == null ? "" : label;
    }

    /** Whether edges come from a reference between mapped nodes rather than from edge elements. */
    public boolean isRelationBased() {
        return relation != null;
    }
}
