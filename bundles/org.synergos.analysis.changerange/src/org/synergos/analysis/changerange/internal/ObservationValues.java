package org.synergos.analysis.changerange.internal;

import java.util.OptionalDouble;

import org.synergos.model.Index;
import org.synergos.model.Observation;

/**
 * Reads an observation's value, reporting values that are not finite numbers. (An unset value cannot be
 * told from 0: EMF stores the default 0.0 by omitting it, so 0 counts as observed.)
 */
final class ObservationValues {

    private ObservationValues() {
    }

    /** The value, or empty (with a warning naming index and observation) when it is unusable. */
    static OptionalDouble value(Index index, Observation observation, Diagnostics diagnostics) {
        double value = observation.getValue();
        if (!Double.isFinite(value)) {
            diagnostics.warning(index, observation, "value " + value + " is not a number; left out");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value);
    }

    /** The observation's case/unit, "" when none is given. */
    static String unit(Observation observation) {
        String unit = observation.getUnit();
        return unit == null ? "" : unit.strip();
    }
}
