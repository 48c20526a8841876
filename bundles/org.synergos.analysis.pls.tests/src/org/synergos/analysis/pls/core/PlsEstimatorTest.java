package org.synergos.analysis.pls.core;

/** PLS (composites, Mode A, path weighting) vs seminr 2.3.2 {@code ecsi_pls_*}, tolerance 1e-6. */
class PlsEstimatorTest extends SeminrPointEstimatesContract {

    @Override
    String prefix() {
        return "ecsi_pls";
    }

    @Override
    Measurement measurement() {
        return Measurement.COMPOSITE_MODE_A;
    }
}
