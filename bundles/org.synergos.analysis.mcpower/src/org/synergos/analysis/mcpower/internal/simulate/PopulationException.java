package org.synergos.analysis.mcpower.internal.simulate;

/** The stated population is not a valid standardized model; the message names the element. */
public final class PopulationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PopulationException(String message) {
        super(message);
    }
}
