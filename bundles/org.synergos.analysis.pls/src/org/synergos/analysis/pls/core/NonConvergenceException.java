package org.synergos.analysis.pls.core;

/** The PLS weight iteration did not meet the stop criterion within the allowed iterations. */
public final class NonConvergenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int iterations;
    private final double lastChange;

    public NonConvergenceException(int iterations, double lastChange, double tolerance) {
        super("PLS algorithm did not converge after " + iterations + " iterations: last sum of absolute weight "
                + "changes " + lastChange + " >= tolerance " + tolerance);
        this.iterations = iterations;
        this.lastChange = lastChange;
    }

    /** Number of weight updates performed. */
    public int iterations() {
        return iterations;
    }

    /** Sum of absolute weight changes in the last update. */
    public double lastChange() {
        return lastChange;
    }
}
