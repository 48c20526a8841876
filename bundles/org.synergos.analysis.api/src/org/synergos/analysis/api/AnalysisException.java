package org.synergos.analysis.api;

/** An analysis that cannot produce a result (e.g. the algorithm did not converge). */
public class AnalysisException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String elementId;

    public AnalysisException(String message) {
        this(message, null, null);
    }

    public AnalysisException(String message, String elementId, Throwable cause) {
        super(message, cause);
        this.elementId = elementId;
    }

    /** The model element concerned, or {@code null}. */
    public String elementId() {
        return elementId;
    }
}
