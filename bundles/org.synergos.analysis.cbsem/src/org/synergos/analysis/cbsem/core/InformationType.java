package org.synergos.analysis.cbsem.core;

/** Information matrix used for standard errors. */
public enum InformationType {
    /** Expected (Fisher) information, lavaan default for complete-data ML. */
    EXPECTED,
    /** Observed information (Hessian of the log-likelihood). */
    OBSERVED
}
