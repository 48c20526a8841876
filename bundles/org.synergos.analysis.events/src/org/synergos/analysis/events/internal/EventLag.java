package org.synergos.analysis.events.internal;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.synergos.analysis.api.Message;
import org.synergos.model.Framework;
import org.synergos.model.Index;
import org.synergos.model.Observation;
import org.synergos.model.helpers.ElementLabels;
import org.synergos.model.time.Period;
import org.synergos.model.time.PeriodFormatException;

/**
 * Lag between an event and the next change of an index: from the last observation before the event's
 * start (the baseline), the first later observation whose value differs from its predecessor; the lag is
 * the months from the event's start to that observation's period start, and the number of observation
 * steps after the baseline. Indices are the event's own when it names some, else every index with dated
 * observations; per unit of observation.
 *
 * @param event the event
 * @param index the index
 * @param unit unit of the observations ("" when none)
 * @param baseline period of the baseline observation
 * @param changed period of the first changed observation, null when no change follows
 * @param change value change at that observation
 * @param months months from the event's start to the change
 * @param steps observations from the baseline to the change
 */
record EventLag(OrderedEvent event, Index index, String unit, Period baseline, Period changed, double change,
        long months, int steps) {

    static List<EventLag> of(Framework framework, List<OrderedEvent> events, List<Message> messages) {
        Map<Index, Map<String, TreeMap<Period, Double>>> series = new LinkedHashMap<>();
        for (Index index : framework.getIndices()) {
            Map<String, TreeMap<Period, Double>> units = dated(index, messages);
            if (!units.isEmpty()) {
                series.put(index, units);
            }
        }
        List<EventLag> lags = new ArrayList<>();
        for (OrderedEvent event : events) {
            List<Index> indices = event.event().getIndices().isEmpty() ? new ArrayList<>(series.keySet())
                    : event.event().getIndices();
            for (Index index : indices) {
                series.getOrDefault(index, Map.of()).forEach((unit, values) -> lag(event, index, unit, values)
                        .ifPresent(lags::add));
            }
        }
        return lags;
    }

    private static java.util.Optional<EventLag> lag(OrderedEvent event, Index index, String unit,
            TreeMap<Period, Double> values) {
        List<Map.Entry<Period, Double>> entries = new ArrayList<>(values.entrySet());
        int baseline = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getKey().start().isBefore(event.period().start())) {
                baseline = i;
            }
        }
        if (baseline < 0) {
            return java.util.Optional.empty();
        }
        Period base = entries.get(baseline).getKey();
        for (int i = baseline + 1; i < entries.size(); i++) {
            double change = entries.get(i).getValue() - entries.get(i - 1).getValue();
            if (change != 0) {
                Period at = entries.get(i).getKey();
                return java.util.Optional.of(new EventLag(event, index, unit, base, at, change,
                        ChronoUnit.MONTHS.between(event.period().start(), at.start()), i - baseline));
            }
        }
        return java.util.Optional.of(new EventLag(event, index, unit, base, null, Double.NaN, -1, -1));
    }

    private static Map<String, TreeMap<Period, Double>> dated(Index index, List<Message> messages) {
        Map<String, TreeMap<Period, Double>> units = new LinkedHashMap<>();
        for (Observation observation : index.getObservations()) {
            String text = observation.getPeriod();
            if (text == null || text.isBlank() || !Double.isFinite(observation.getValue())) {
                continue;
            }
            try {
                String unit = observation.getUnit() == null ? "" : observation.getUnit();
                units.computeIfAbsent(unit, u -> new TreeMap<>()).putIfAbsent(Period.parse(text), observation.getValue());
            } catch (PeriodFormatException e) {
                messages.add(Message.warning(ElementLabels.of(index) + ", " + ElementLabels.of(observation) + ": "
                        + e.getMessage() + "; left out of the event lags", index.getId()));
            }
        }
        units.values().removeIf(series -> series.size() < 2);
        return units;
    }
}
