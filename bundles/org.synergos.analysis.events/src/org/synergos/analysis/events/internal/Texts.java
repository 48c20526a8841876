package org.synergos.analysis.events.internal;

import org.synergos.model.Named;

/** Display texts of model elements (name, else id) and null-safe strings. */
final class Texts {

    private Texts() {
    }

    static String name(Named element) {
        String name = element.getName();
        return name == null || name.isBlank() ? String.valueOf(element.getId()) : name;
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
