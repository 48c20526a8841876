package org.synergos.analysis.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.synergos.model.Actor;
import org.synergos.model.Event;

/**
 * A case of sequence analysis: a name and its events in time order. The metamodel gives events no case
 * attribute, so cases are either the whole model (one case) or each actor's own trajectory — the events
 * it took part in.
 *
 * @param name case label
 * @param events ordered events
 */
record EventCase(String name, List<OrderedEvent> events) {

    static final String BY_MODEL = "model";
    static final String BY_ACTOR = "actor";

    static List<EventCase> of(String caseBy, String modelName, List<OrderedEvent> ordered, List<Actor> actors,
            Map<Event, List<Actor>> participants) {
        if (!BY_ACTOR.equals(caseBy)) {
            return List.of(new EventCase(modelName, ordered));
        }
        List<EventCase> cases = new ArrayList<>();
        for (Actor actor : actors) {
            List<OrderedEvent> own = ordered.stream()
                    .filter(e -> participants.getOrDefault(e.event(), List.of()).contains(actor)).toList();
            if (!own.isEmpty()) {
                cases.add(new EventCase(Texts.name(actor), own));
            }
        }
        return cases;
    }

    /** The sequence of event types. */
    List<String> types() {
        return events.stream().map(OrderedEvent::type).toList();
    }
}
