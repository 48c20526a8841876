package org.synergos.model.internal.validation;

import org.synergos.model.Framework;

/** Runs every rule over a framework, in a fixed order so that reports are stable. */
public final class FrameworkRules {

    private FrameworkRules() {
    }

    public static void check(Framework framework, Findings findings) {
        UniquenessRules.check(framework, findings);
        MeasurementRules.check(framework, findings);
        StructuralRules.check(framework, findings);
        ContextRules.check(framework, findings);
        DataBindingRules.check(framework, findings);
        SystemDynamicsRules.check(framework, findings);
    }
}
