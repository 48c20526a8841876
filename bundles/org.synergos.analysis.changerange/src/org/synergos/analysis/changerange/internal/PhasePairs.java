package org.synergos.analysis.changerange.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.synergos.model.Index;
import org.synergos.model.Observation;
import org.synergos.model.ObservationPhase;

/**
 * Pairs an index's BEFORE and AFTER observations per unit (paper A, Table 1: before/after collaborative
 * innovation). Units appear in the order of their first observation. A unit with a second BEFORE (or
 * AFTER) keeps the first; a unit missing its partner observation is reported and left out.
 */
final class PhasePairs {

    static final String BEFORE = "before";
    static final String AFTER = "after";

    private PhasePairs() {
    }

    static List<Step> of(Index index, Diagnostics diagnostics) {
        Map<String, Observation[]> byUnit = new LinkedHashMap<>();
        for (Observation observation : index.getObservations()) {
            ObservationPhase phase = observation.getPhase();
            if (phase != ObservationPhase.BEFORE && phase != ObservationPhase.AFTER) {
                continue;
            }
            Observation[] pair = byUnit.computeIfAbsent(ObservationValues.unit(observation), u -> new Observation[2]);
            int slot = phase == ObservationPhase.BEFORE ? 0 : 1;
            if (pair[slot] != null) {
                diagnostics.warning(index, observation, "is a second " + phase + " observation of the same unit; "
                        + "the first one is used");
            } else {
                pair[slot] = observation;
            }
        }
        List<Step> steps = new ArrayList<>();
        for (Map.Entry<String, Observation[]> entry : byUnit.entrySet()) {
            Observation before = entry.getValue()[0];
            Observation after = entry.getValue()[1];
            if (before == null || after == null) {
                Observation single = before == null ? after : before;
                diagnostics.warning(index, single, "has no " + (before == null ? "BEFORE" : "AFTER")
                        + " partner observation for the same unit; no change computed");
                continue;
            }
            OptionalDouble from = ObservationValues.value(index, before, diagnostics);
            OptionalDouble to = ObservationValues.value(index, after, diagnostics);
            if (from.isPresent() && to.isPresent()) {
                steps.add(new Step(index, entry.getKey(), BEFORE, AFTER, from.getAsDouble(), to.getAsDouble()));
            }
        }
        return steps;
    }
}
