package org.synergos.analysis.events.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.synergos.analysis.api.Message;
import org.synergos.model.Event;
import org.synergos.model.Framework;
import org.synergos.model.helpers.ElementLabels;
import org.synergos.model.time.Period;
import org.synergos.model.time.PeriodFormatException;

/**
 * An event placed in time. Events are ordered by {@link Period} (start date, the longer period first when
 * starts coincide, so quarters, months and days mix), ties kept in model order. Events without a period
 * or with an unparseable one are reported and left out of the order.
 *
 * @param event the model event
 * @param period its parsed period
 */
record OrderedEvent(Event event, Period period) {

    static List<OrderedEvent> order(Framework framework, List<Message> messages) {
        List<OrderedEvent> ordered = new ArrayList<>();
        for (Event event : framework.getEvents()) {
            String text = event.getPeriod();
            if (text == null || text.isBlank()) {
                messages.add(Message.warning(ElementLabels.of(event) + " has no period; " + LEFT_OUT, event.getId()));
                continue;
            }
            try {
                ordered.add(new OrderedEvent(event, Period.parse(text)));
            } catch (PeriodFormatException e) {
                messages.add(Message.warning(ElementLabels.of(event) + ": " + e.getMessage() + "; " + LEFT_OUT,
                        event.getId()));
            }
        }
        ordered.sort(Comparator.comparing(OrderedEvent::period)); // stable: ties stay in model order
        return ordered;
    }

    static final String LEFT_OUT = "left out of the event order, the timeline and the sequence analyses";

    /** The event's type for sequence analysis: its eventType, else its name. */
    String type() {
        String type = event.getEventType();
        return type == null || type.isBlank() ? name() : type.strip();
    }

    String name() {
        return Texts.name(event);
    }
}
