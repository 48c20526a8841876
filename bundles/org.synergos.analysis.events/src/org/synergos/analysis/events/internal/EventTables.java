package org.synergos.analysis.events.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.model.Actor;
import org.synergos.model.Event;

/** Per-model tables: paper A's Table 4, the actor-participation matrix, policy groups, timeline, lags. */
final class EventTables {

    static final String EVENTS = "events";
    static final String PARTICIPATION = "participation";
    static final String POLICY = "policy-backgrounds";
    static final String TIMELINE = "timeline-svg";
    static final String LAGS = "event-index-lags";

    private EventTables() {
    }

    /** Paper A, Table 4: Critical event | Time | Participants | Policy background | Effect on NQP, in time order. */
    static ResultTable events(List<OrderedEvent> ordered, Map<Event, List<Actor>> participants) {
        ResultTable.Builder table = ResultTable.builder(EVENTS, "Event-sequence analysis of critical events")
                .column(ResultColumn.text("event", "Critical event")).column(ResultColumn.text("time", "Time"))
                .column(ResultColumn.text("participants", "Participants"))
                .column(ResultColumn.text("policy", "Policy background"))
                .column(ResultColumn.text("effect", "Effect on NQP"))
                .note("Events in time order (by period start; the longer period first on equal starts).");
        for (OrderedEvent e : ordered) {
            Event event = e.event();
            table.row(e.name(), Texts.orEmpty(event.getPeriod()),
                    Participants.text(participants.getOrDefault(event, List.of()), event),
                    Texts.orEmpty(event.getPolicyBackground()), Texts.orEmpty(event.getEffect()));
        }
        return table.build();
    }

    /** Events × actors, 1 = took part; undated events follow the ordered ones; last row: events per actor. */
    static ResultTable participation(List<Event> events, List<Actor> actors, Map<Event, List<Actor>> participants) {
        ResultTable.Builder table = ResultTable.builder(PARTICIPATION, "Actor participation in events")
                .column(ResultColumn.text("event", "Event"));
        actors.forEach(actor -> table.column(ResultColumn.integer(actor.getId(), Texts.name(actor))));
        int[] totals = new int[actors.size()];
        for (Event event : events) {
            List<Object> row = new ArrayList<>();
            row.add(Texts.name(event));
            for (int a = 0; a < actors.size(); a++) {
                int took = participants.getOrDefault(event, List.of()).contains(actors.get(a)) ? 1 : 0;
                totals[a] += took;
                row.add(took);
            }
            table.row(row);
        }
        List<Object> total = new ArrayList<>();
        total.add("Total");
        for (int t : totals) {
            total.add(t);
        }
        return table.row(total).note("1 = the actor took part in the event; Total = events per actor.").build();
    }

    static ResultTable policyBackgrounds(List<Event> events) {
        Map<String, List<Event>> groups = new LinkedHashMap<>();
        for (Event event : events) {
            String policy = event.getPolicyBackground();
            groups.computeIfAbsent(policy == null || policy.isBlank() ? "(none)" : policy, p -> new ArrayList<>())
                    .add(event);
        }
        ResultTable.Builder table = ResultTable.builder(POLICY, "Events by policy background")
                .column(ResultColumn.text("policy", "Policy background")).column(ResultColumn.integer("events", "Events"))
                .column(ResultColumn.text("names", "Critical events")).column(ResultColumn.text("periods", "Times"));
        groups.forEach((policy, group) -> table.row(policy, group.size(),
                String.join("; ", group.stream().map(Texts::name).toList()),
                String.join("; ", group.stream().map(e -> Texts.orEmpty(e.getPeriod())).toList())));
        return table.build();
    }

    static ResultTable timeline(String svg) {
        return ResultTable.builder(TIMELINE, "Timeline of critical events (SVG)").column(ResultColumn.text("svg", "SVG"))
                .row(svg).note("SVG 1.1 text; model strings are XML-escaped.").build();
    }

    static ResultTable lags(List<EventLag> lags) {
        ResultTable.Builder table = ResultTable.builder(LAGS, "Lag from events to the next index change")
                .column(ResultColumn.text("event", "Event")).column(ResultColumn.text("index", "Index"))
                .column(ResultColumn.text("unit", "Unit")).column(ResultColumn.text("baseline", "Last before event"))
                .column(ResultColumn.text("changed", "First change")).column(ResultColumn.decimal("change", "Change", 2))
                .column(ResultColumn.integer("months", "Lag (months)"))
                .column(ResultColumn.integer("steps", "Lag (observations)"))
                .column(ResultColumn.text("element", "Element"))
                .note("Lag from the event's start to the start of the first later period whose value differs from "
                        + "the previous observation; empty when no change follows.");
        for (EventLag lag : lags) {
            boolean changed = lag.changed() != null;
            table.row(lag.event().name(), Texts.name(lag.index()), lag.unit(), lag.baseline().toString(),
                    changed ? lag.changed().toString() : "", lag.change(), changed ? lag.months() : null,
                    changed ? lag.steps() : null, lag.event().event().getId());
        }
        return table.build();
    }
}
