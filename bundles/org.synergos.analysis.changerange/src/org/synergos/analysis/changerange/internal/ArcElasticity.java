package org.synergos.analysis.changerange.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.model.Index;

/**
 * Arc (midpoint) elasticity of an index Y to a reference index X over the same change (same unit, same
 * from and to): E = (ΔY / Ȳ) / (ΔX / X̄), where Ȳ and X̄ are the means of the two values (Allen &amp; Lerner
 * 1934). Symmetric in the direction of the change, unlike point elasticities on the earlier value.
 *
 * @param step the change of Y
 * @param reference the matching change of X
 * @param elasticity E, NaN when X did not change or a midpoint is 0
 */
record ArcElasticity(Step step, Step reference, double elasticity) {

    /** Matches every step of {@code others} with the reference index's step of the same unit and interval. */
    static List<ArcElasticity> of(Index referenceIndex, List<Step> referenceSteps, List<Step> others,
            Diagnostics diagnostics) {
        Map<String, Step> byKey = new LinkedHashMap<>();
        referenceSteps.forEach(step -> byKey.putIfAbsent(step.key(), step));
        for (Step step : byKey.values()) {
            if (!(step.midpointRate() != 0) || Double.isNaN(step.midpointRate())) {
                diagnostics.warning(referenceIndex, "does not change from " + step.from() + " to " + step.to()
                        + unitText(step) + " (or its midpoint is 0): elasticities to it are undefined there");
            }
        }
        List<ArcElasticity> elasticities = new ArrayList<>();
        for (Step step : others) {
            Step reference = byKey.get(step.key());
            if (reference == null || step.index() == referenceIndex) {
                continue;
            }
            double x = reference.midpointRate();
            double y = step.midpointRate();
            elasticities.add(new ArcElasticity(step, reference, x == 0 ? Double.NaN : y / x));
        }
        return elasticities;
    }

    private static String unitText(Step step) {
        return step.unit().isEmpty() ? "" : " for unit '" + step.unit() + "'";
    }
}
