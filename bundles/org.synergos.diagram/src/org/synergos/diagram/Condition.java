package org.synergos.diagram;

import java.util.Objects;

/**
 * A test on one attribute of a semantic element: its value, written as text (enum literals by name,
 * numbers as written in the model), equals {@code equals}. Kept this small on purpose: the diagrams need to
 * tell decisions from other stages and governments from universities, not a query language.
 */
public record Condition(String feature, String equals) {

    public Condition {
        Objects.requireNonNull(feature, "condition feature");
        Objects.requireNonNull(equals, "condition value (equals)");
    }
}
