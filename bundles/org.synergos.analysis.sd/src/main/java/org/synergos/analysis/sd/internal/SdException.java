package org.synergos.analysis.sd.internal;

/** A model the engine cannot simulate; the message names the element (and the equation's column). */
public final class SdException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String elementId;

    public SdException(String message, String elementId) {
        super(message);
        this.elementId = elementId;
    }

    /** The model element at fault, or null. */
    public String elementId() {
        return elementId;
    }
}
