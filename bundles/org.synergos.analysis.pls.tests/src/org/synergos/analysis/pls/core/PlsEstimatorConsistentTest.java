package org.synergos.analysis.pls.core;

/** PLSc (all constructs reflective, consistent=true) vs seminr 2.3.2 {@code ecsi_plsc_*}, tolerance 1e-6. */
class PlsEstimatorConsistentTest extends SeminrPointEstimatesContract {

    @Override
    String prefix() {
        return "ecsi_plsc";
    }

    @Override
    Measurement measurement() {
        return Measurement.REFLECTIVE;
    }
}
