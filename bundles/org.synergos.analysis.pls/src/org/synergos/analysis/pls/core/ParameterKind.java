package org.synergos.analysis.pls.core;

/** Families of bootstrapped parameters. Labels use {@code "A -> B"} (indicator {@code -> } construct for outer parameters). */
public enum ParameterKind {
    /** Path coefficients, in the model's path order. */
    PATH,
    /** Outer loadings (consistent loadings under PLSc), in indicator order. */
    LOADING,
    /** Outer weights, in indicator order. */
    WEIGHT,
    /** Total effects of every ordered construct pair connected by a directed chain (construct order). */
    TOTAL_EFFECT,
    /** Specific indirect effects, one per chain of at least two paths ({@code "A -> M -> B"}). */
    SPECIFIC_INDIRECT_EFFECT,
    /** HTMT (seminr definition) of every construct pair i &lt; j. */
    HTMT
}
