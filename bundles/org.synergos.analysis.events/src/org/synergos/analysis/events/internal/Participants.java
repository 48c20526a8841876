package org.synergos.analysis.events.internal;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.api.Message;
import org.synergos.model.Actor;
import org.synergos.model.Event;
import org.synergos.model.Framework;
import org.synergos.model.helpers.ElementLabels;

/**
 * Who took part in an event: its actor references that resolve to actors of this model (others — broken
 * references, actors of another model — are reported as unknown and ignored), plus free-text participant
 * labels.
 */
final class Participants {

    private Participants() {
    }

    static List<Actor> actors(Framework framework, Event event, List<Message> messages) {
        List<Actor> actors = new ArrayList<>();
        for (Actor actor : event.getParticipants()) {
            if (actor.eIsProxy() || !framework.getActors().contains(actor)) {
                String reference = actor.eIsProxy() ? String.valueOf(((org.eclipse.emf.ecore.InternalEObject) actor)
                        .eProxyURI()) : String.valueOf(actor.getId());
                messages.add(Message.warning(ElementLabels.of(event) + " names unknown actor '" + reference
                        + "'; ignored", event.getId()));
            } else if (!actors.contains(actor)) {
                actors.add(actor);
            }
        }
        return actors;
    }

    /** Actor names, then free-text labels, comma separated (Table 4's "Participants" column). */
    static String text(List<Actor> actors, Event event) {
        List<String> names = new ArrayList<>();
        actors.forEach(actor -> names.add(Texts.name(actor)));
        event.getParticipantLabels().stream().filter(l -> l != null && !l.isBlank() && !names.contains(l))
                .forEach(names::add);
        return String.join(", ", names);
    }
}
