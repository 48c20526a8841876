package org.synergos.analysis.sd.internal;

/** A numeric failure during a run (a non-positive delay time, a value that is not finite). */
final class SimulationError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String elementId;

    SimulationError(String message, String elementId) {
        super(message);
        this.elementId = elementId;
    }
}
