package org.synergos.analysis.cbsem.core;

/** Across-group equality constraints (lavaan {@code group.equal}). */
public enum GroupEquality {
    /** Equal factor loadings (metric invariance). */
    LOADINGS,
    /** Equal observed intercepts, latent means free in groups 2.. (scalar invariance). */
    INTERCEPTS
}
