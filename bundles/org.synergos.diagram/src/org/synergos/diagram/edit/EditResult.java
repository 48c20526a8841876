package org.synergos.diagram.edit;

/**
 * Outcome of a diagram edit. A refused edit changes nothing and puts nothing on the command stack; its
 * message says why, in terms a user understands.
 *
 * @param applied   whether the model changed
 * @param elementId the created, edited or reconnected element or edge id; {@code null} when refused
 * @param message   why the edit was refused; empty when applied
 */
public record EditResult(boolean applied, String elementId, String message) {

    static EditResult applied(String elementId) {
        return new EditResult(true, elementId, "");
    }

    static EditResult refused(String message) {
        return new EditResult(false, null, message);
    }
}
