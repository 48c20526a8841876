package org.synergos.analysis.api;

import java.util.Objects;

/**
 * Something users should know about a run.
 *
 * @param severity information, warning or error
 * @param text what happened and, for problems, what to do
 * @param elementId the model element concerned ("" when none)
 * @param location where in the input, e.g. "data.csv:17 (column 'NQ3')" ("" when none)
 */
public record Message(Severity severity, String text, String elementId, String location) {

    public Message {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
        elementId = elementId == null ? "" : elementId;
        location = location == null ? "" : location;
    }

    public static Message info(String text) {
        return new Message(Severity.INFO, text, "", "");
    }

    public static Message warning(String text, String elementId) {
        return new Message(Severity.WARNING, text, elementId, "");
    }

    public static Message error(String text, String elementId) {
        return new Message(Severity.ERROR, text, elementId, "");
    }

    public Message at(String newLocation) {
        return new Message(severity, text, elementId, newLocation);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ");
        if (!location.isEmpty()) {
            out.append(location).append(": ");
        }
        out.append(text);
        if (!elementId.isEmpty()) {
            out.append(" [").append(elementId).append(']');
        }
        return out.toString();
    }
}
