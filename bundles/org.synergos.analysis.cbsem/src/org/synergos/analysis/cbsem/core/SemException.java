package org.synergos.analysis.cbsem.core;

/** Base of the engine's checked failures (identification, convergence, bad input). */
public class SemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SemException(String message) {
        super(message);
    }
}
