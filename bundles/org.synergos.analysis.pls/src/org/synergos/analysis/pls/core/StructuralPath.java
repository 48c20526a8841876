package org.synergos.analysis.pls.core;

import java.util.Objects;

/** A structural (inner-model) path {@code from → to} between two constructs. */
public record StructuralPath(String from, String to) {

    public StructuralPath {
        Objects.requireNonNull(from, "path source");
        Objects.requireNonNull(to, "path target");
    }

    @Override
    public String toString() {
        return from + " -> " + to;
    }
}
