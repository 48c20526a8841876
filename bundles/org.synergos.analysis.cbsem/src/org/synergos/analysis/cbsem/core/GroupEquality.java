package org.synergos.analysis.cbsem.core;

import java.util.Optional;

/** Across-group equality constraints (lavaan {@code group.equal}), each with its lavaan name. */
public enum GroupEquality {
    /** Equal factor loadings (metric invariance). */
    LOADINGS("loadings"),
    /** Equal observed intercepts, latent means free in groups 2.. (scalar invariance). */
    INTERCEPTS("intercepts"),
    /** Equal latent means (with {@link #INTERCEPTS}: latent means stay fixed to 0 in every group). */
    MEANS("means"),
    /** Equal regression coefficients. */
    REGRESSIONS("regressions"),
    /** Equal residual variances of observed variables (strict invariance). */
    RESIDUALS("residuals"),
    /** Equal residual covariances among observed variables. */
    RESIDUAL_COVARIANCES("residual.covariances"),
    /** Equal (residual) variances of latent variables. */
    LV_VARIANCES("lv.variances"),
    /** Equal (residual) covariances among latent variables. */
    LV_COVARIANCES("lv.covariances");

    private final String lavaanName;

    GroupEquality(String lavaanName) {
        this.lavaanName = lavaanName;
    }

    /** The name in lavaan's {@code group.equal}, e.g. {@code "lv.variances"}. */
    public String lavaanName() {
        return lavaanName;
    }

    /** The constraint lavaan calls {@code name}, if this engine supports it. */
    public static Optional<GroupEquality> ofLavaanName(String name) {
        for (GroupEquality g : values()) {
            if (g.lavaanName.equals(name)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
