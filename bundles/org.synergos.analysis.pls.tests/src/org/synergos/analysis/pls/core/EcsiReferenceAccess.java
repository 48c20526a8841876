package org.synergos.analysis.pls.core;

/** Opens the ECSI reference model to tests in other packages. */
public final class EcsiReferenceAccess {

    private EcsiReferenceAccess() {
    }

    public static PlsModel model(String prefix, Measurement measurement) {
        return EcsiReference.model(prefix, measurement);
    }
}
