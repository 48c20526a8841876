package org.synergos.analysis.cbsem.core;

/** Estimators (lavaan names). */
public enum Estimator {
    /** Normal-theory maximum likelihood, N divisor. */
    ML,
    /**
     * ML estimates with Huber–White sandwich SEs and the Yuan–Bentler (Mplus variant) scaled test
     * (Yuan &amp; Bentler 2000).
     */
    MLR,
    /**
     * ML estimates with the robust SEs of Satorra &amp; Bentler (lavaan {@code se = "robust.sem"}, expected
     * information) and the Satorra–Bentler scaled test ({@code test = "satorra.bentler"}); complete data
     * only (listwise deletion), as in lavaan.
     */
    MLM
}
