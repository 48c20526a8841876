package org.synergos.analysis.changerange.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.synergos.model.Index;
import org.synergos.model.Observation;
import org.synergos.model.ObservationPhase;
import org.synergos.model.time.Period;
import org.synergos.model.time.PeriodFormatException;

/**
 * Period-to-period changes of an index per unit: observations carrying a period
 * ({@link Period#parse}: years, quarters, months, days; mixed granularities ordered by start) are sorted
 * and each consecutive pair becomes a {@link Step}. Unparseable periods and duplicate periods of a unit
 * are reported and left out.
 */
final class PeriodSteps {

    private PeriodSteps() {
    }

    static List<Step> of(Index index, Diagnostics diagnostics) {
        Map<String, TreeMap<Period, Double>> byUnit = new LinkedHashMap<>();
        for (Observation observation : index.getObservations()) {
            String text = observation.getPeriod();
            if (text == null || text.isBlank()) {
                if (observation.getPhase() == ObservationPhase.NONE) {
                    diagnostics.warning(index, observation, "has neither a phase (BEFORE/AFTER) nor a period; "
                            + "it takes part in no change");
                }
                continue;
            }
            Period period;
            try {
                period = Period.parse(text);
            } catch (PeriodFormatException e) {
                diagnostics.warning(index, observation, e.getMessage() + "; left out of the period changes");
                continue;
            }
            OptionalDouble value = ObservationValues.value(index, observation, diagnostics);
            if (value.isEmpty()) {
                continue;
            }
            TreeMap<Period, Double> series = byUnit.computeIfAbsent(ObservationValues.unit(observation),
                    u -> new TreeMap<>());
            if (series.containsKey(period)) {
                diagnostics.warning(index, observation, "repeats period " + period + " of the same unit; "
                        + "the first observation is used");
            } else {
                series.put(period, value.getAsDouble());
            }
        }
        List<Step> steps = new ArrayList<>();
        byUnit.forEach((unit, series) -> {
            Map.Entry<Period, Double> previous = null;
            for (Map.Entry<Period, Double> current : series.entrySet()) {
                if (previous != null) {
                    steps.add(new Step(index, unit, previous.getKey().toString(), current.getKey().toString(),
                            previous.getValue(), current.getValue()));
                }
                previous = current;
            }
        });
        return steps;
    }
}
