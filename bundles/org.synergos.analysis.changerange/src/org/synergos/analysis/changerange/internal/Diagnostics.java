package org.synergos.analysis.changerange.internal;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.api.Message;
import org.synergos.model.Index;
import org.synergos.model.Observation;
import org.synergos.model.helpers.ElementLabels;

/**
 * The one place where this engine words its messages: each names the index (element id) and, where
 * there is one, the observation (by unit, phase, period and position) so users know what to fix.
 */
final class Diagnostics {

    private final List<Message> messages = new ArrayList<>();

    void warning(Index index, String text) {
        messages.add(Message.warning(ElementLabels.of(index) + ": " + text, index.getId()));
    }

    void warning(Index index, Observation observation, String text) {
        messages.add(Message.warning(ElementLabels.of(index) + ", " + describe(observation) + ": " + text,
                index.getId()).at(location(index, observation)));
    }

    void error(String elementId, String text) {
        messages.add(Message.error(text, elementId));
    }

    void info(String text) {
        messages.add(Message.info(text));
    }

    List<Message> messages() {
        return messages;
    }

    static String describe(Observation observation) {
        String period = observation.getPeriod();
        return ElementLabels.of(observation)
                + (period == null || period.isBlank() ? "" : " in period '" + period + "'");
    }

    private static String location(Index index, Observation observation) {
        return "index '" + index.getId() + "', observation " + (index.getObservations().indexOf(observation) + 1);
    }
}
