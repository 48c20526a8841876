package org.synergos.model.internal.validation;

import org.synergos.model.Construct;
import org.synergos.model.Framework;
import org.synergos.model.validation.ValidationRule;

/** A construct must be measured: by indicators, or as higher-order construct by its dimensions. */
final class MeasurementRules {

    private MeasurementRules() {
    }

    static void check(Framework framework, Findings findings) {
        for (Construct construct : framework.getConstructs()) {
            if (construct.getIndicators().isEmpty() && construct.getDimensions().isEmpty()) {
                findings.report(ValidationRule.CONSTRUCT_WITHOUT_INDICATORS, construct,
                        "has no indicators and no dimensions",
                        "add at least one indicator, or make it higher-order by listing its lower-order constructs as dimensions");
            }
        }
    }
}
