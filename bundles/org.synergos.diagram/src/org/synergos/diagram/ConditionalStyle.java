package org.synergos.diagram;

import java.util.Objects;

/**
 * A style (and optionally a different shape or size) applied to the nodes of a mapping whose element
 * satisfies {@code when}, as Sirius' conditional styles do: a feasibility decision drawn as a diamond, a
 * government actor in its own colour.
 */
public record ConditionalStyle(Condition when, Shape shape, Size size, Style style) {

    public ConditionalStyle {
        Objects.requireNonNull(when, "conditional style needs 'when'");
    }
}
