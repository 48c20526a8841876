package org.synergos.analysis.pls.internal.estimation;

/** Outcome of one {@link PlsKernel} run. */
public enum KernelStatus {
    OK,
    /** The weight iteration hit the iteration limit. */
    NOT_CONVERGED,
    /** A predictor or Mode B block correlation matrix is not positive definite. */
    SINGULAR,
    /** An estimate is not finite (e.g. negative PLSc reliability). */
    INADMISSIBLE
}
