package org.synergos.analysis.pls.core;

import java.util.List;

/** A specific indirect effect: the product of the path coefficients along a chain of constructs. */
public record IndirectEffect(List<String> chain, double value) {

    public IndirectEffect {
        chain = List.copyOf(chain);
    }

    /** The chain as {@code "A -> B -> C"}. */
    public String label() {
        return String.join(" -> ", chain);
    }
}
