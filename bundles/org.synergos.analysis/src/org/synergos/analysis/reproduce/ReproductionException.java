package org.synergos.analysis.reproduce;

/** An analysis that R cannot be told to reproduce; the message names the element or option. */
public final class ReproductionException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReproductionException(String message) {
        super(message);
    }
}
