package org.synergos.diagram;

import java.util.Objects;

/**
 * Orders the nodes of {@code mapping} by the value of {@code sortExpression} (a label expression) along the
 * flow direction. Values that parse as {@link org.synergos.model.time.Period} ("Q1 2023", "2023-05") sort
 * chronologically and before any other text, which sorts by its characters; ties keep model order.
 */
public record TimelineOrder(String mapping, String sortExpression) {

    public TimelineOrder {
        Objects.requireNonNull(mapping, "timeline mapping");
        Objects.requireNonNull(sortExpression, "timeline sortExpression");
    }
}
