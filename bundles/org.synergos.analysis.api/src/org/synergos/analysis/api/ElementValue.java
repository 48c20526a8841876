package org.synergos.analysis.api;

import java.util.Objects;

/**
 * A value attached to a model element, for diagram overlays and cross-references: a path's β, t and p,
 * a construct's R², an indicator's loading.
 *
 * @param elementId id of the model element (its {@code id} attribute), or its code when there is no model
 * @param key what the value is, e.g. {@code "beta"}, {@code "t"}, {@code "p"}, {@code "r2"}, {@code "loading"}
 * @param value the value
 * @param display the value as it should appear on a diagram, e.g. "0.317***" ("" = format the value)
 */
public record ElementValue(String elementId, String key, double value, String display) {

    public ElementValue {
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(key, "key");
        display = display == null ? "" : display;
    }

    public static ElementValue of(String elementId, String key, double value) {
        return new ElementValue(elementId, key, value, "");
    }
}
