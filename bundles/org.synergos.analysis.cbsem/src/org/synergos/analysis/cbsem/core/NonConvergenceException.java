package org.synergos.analysis.cbsem.core;

/** The optimiser stopped without converging. */
public final class NonConvergenceException extends SemException {
    private static final long serialVersionUID = 1L;
    private final Convergence convergence;

    public NonConvergenceException(Convergence convergence) {
        super("estimation did not converge after " + convergence.iterations() + " iterations (largest gradient "
                + convergence.maxAbsGradient() + ", " + convergence.message() + ")");
        this.convergence = convergence;
    }

    public Convergence convergence() {
        return convergence;
    }
}
