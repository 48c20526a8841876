package org.synergos.diagram;

import java.util.List;
import java.util.Objects;

/**
 * Maps semantic elements to nodes (a Sirius node mapping).
 *
 * @param id               unique within the description; nodes carry it so clients know their type
 * @param domainClass      EClass name; candidates of other classes are ignored
 * @param candidates       feature path from the root, segments separated by '/', e.g.
 *                         {@code "implementationPathMaps/stages"}
 * @param precondition     optional test an element must pass to be shown by this mapping
 * @param shape            the shape drawn
 * @param label            label expression, e.g. {@code code + " " + name}
 * @param size             minimum size
 * @param style            style over {@link Style#NODE_DEFAULTS}
 * @param conditionalStyles applied in order over {@code style} when their condition holds
 */
public record NodeMapping(String id, String domainClass, String candidates, Condition precondition, Shape shape,
        String label, Size size, Style style, List<ConditionalStyle> conditionalStyles) {

    public NodeMapping {
        Objects.requireNonNull(id, "node mapping id");
        Objects.requireNonNull(domainClass, "node mapping " + id + ": domainClass");
        Objects.requireNonNull(candidates, "node mapping " + id + ": candidates");
        shape = shape == null ? Shape.RECTANGLE : shape;
        label = label == null ? "name" : label;
        size = size == null ? new Size(120, 50) : size;
        conditionalStyles = conditionalStyles == null ? List.of() : List.copyOf(conditionalStyles);
    }
}
