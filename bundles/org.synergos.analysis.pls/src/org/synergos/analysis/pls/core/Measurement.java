package org.synergos.analysis.pls.core;

/** How a construct relates to its indicators. */
public enum Measurement {
    /** Composite with correlation (Mode A) weights, seminr's {@code composite(..., mode_A)}. */
    COMPOSITE_MODE_A,
    /** Composite with regression (Mode B) weights, seminr's {@code composite(..., mode_B)}. */
    COMPOSITE_MODE_B,
    /**
     * Common factor measured reflectively: weights are estimated with Mode A; when
     * {@link PlsOptions#consistent()} is set the loadings and construct correlations are corrected for
     * attenuation (PLSc, Dijkstra &amp; Henseler 2015), as seminr's {@code reflective()}.
     */
    REFLECTIVE;

    /** Whether outer weights are estimated in Mode A (correlation weights). */
    public boolean usesModeA() {
        return this != COMPOSITE_MODE_B;
    }
}
