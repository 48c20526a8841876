package org.synergos.workbench.glsp.internal.actions;

import java.util.List;

/** One row of the property sheet, serialised as JSON for the client. */
public record PropertyDescriptor(String name, String label, String type, Object value, List<Choice> choices,
        boolean readOnly, boolean many) {

    /** A value a property may take: an enum literal or a referenceable element. */
    public record Choice(String value, String label) {
    }
}
