package org.synergos.diagram;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A palette tool (Sirius creation tool): creates an element of {@code eClass} and adds it to a containment
 * feature.
 *
 * <p>The container is found in one of two ways. With {@code containerMapping}, the caller names a node of
 * that mapping and {@code containment} is a feature of its element (an indicator goes into a construct's
 * {@code indicators}). Without it, {@code containment} is a feature path from the root whose last segment is
 * the containment feature ({@code "constructs"}, {@code "implementationPathMaps/stages"}); when the earlier
 * segments yield several containers, the one enclosing the context element (an edge's source) wins, else the
 * first.
 *
 * @param edgeMapping   for {@link ToolKind#CREATE_EDGE}: the element-based mapping whose source and target
 *                      features are set, or a relation-based mapping whose (non-containment) reference
 *                      gets the target added (then {@code eClass} and {@code containment} stay empty)
 * @param initialValues attribute values set on the new element, as text
 */
public record Tool(String id, String label, ToolKind kind, String eClass, String containment,
        String containerMapping, String edgeMapping, Map<String, String> initialValues) {

    public Tool {
        Objects.requireNonNull(id, "tool id");
        Objects.requireNonNull(kind, "tool " + id + ": kind");
        label = label == null ? id : label;
        initialValues = initialValues == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(initialValues));
        if (kind == ToolKind.CREATE_EDGE && edgeMapping == null) {
            throw new IllegalArgumentException("tool " + id + ": an edge tool needs edgeMapping");
        }
    }
}
