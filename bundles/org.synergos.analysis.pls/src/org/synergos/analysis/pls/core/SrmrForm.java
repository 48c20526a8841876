package org.synergos.analysis.pls.core;

/**
 * How the model-implied indicator correlation matrix behind the SRMR treats the measurement model (the
 * forms cSEM 0.6.1 {@code assess()} uses; the reference values are for the ECSI model on mobi).
 * <p>Between blocks k and l the implied correlation is always {@code λ_a ρ_kl λ_b}, where ρ is the
 * construct correlation implied by the structural model (exogenous constructs keep their estimated
 * correlations; endogenous ones follow from {@code (I−B)⁻¹(ΓΦΓ' + Ψ)(I−B)⁻ᵀ} with
 * {@code ψ_j = 1 − R²_j} and unit diagonal) and λ are the loadings.
 */
public enum SrmrForm {
    /**
     * Every block as a common factor: within a block {@code λ_a λ_b}, diagonal 1. With PLS estimates this is
     * cSEM's {@code pls} variant (ECSI 0.13279); with PLSc loadings and disattenuated construct
     * correlations it is cSEM's {@code plsc} variant (ECSI 0.06924).
     */
    COMMON_FACTOR,
    /**
     * Every block as a composite: within a block the observed indicator correlations are kept (cSEM's
     * {@code pls_composite} variant, ECSI 0.12360).
     */
    COMPOSITE,
    /**
     * As the model specifies: reflective constructs as common factors, composites (Mode A or B) as
     * composites. The estimates used are the reported ones (PLSc when consistent estimation is on).
     */
    AS_SPECIFIED
}
