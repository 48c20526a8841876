package org.synergos.analysis.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synergos.analysis.events.internal.EventSequenceEngineTest.run;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.Severity;
import org.synergos.model.Actor;
import org.synergos.model.ActorKind;
import org.synergos.model.Event;
import org.synergos.model.Framework;
import org.synergos.model.Index;
import org.synergos.model.Observation;
import org.synergos.model.SynergosFactory;
import org.synergos.model.helpers.Elements;

/** Ordering across granularities, bad events, XML escaping and event-to-index lags on hand-made models. */
class BadEventDataTest {

    @Test
    void mixedGranularitiesOrderByStartAndBadEventsAreNamedAndLeftOut() throws Exception {
        Framework framework = Elements.framework("mixed <&> model");
        Actor firm = Elements.actor(framework, "firm \"A\" & <partners>", ActorKind.ENTERPRISE);
        Actor ghost = SynergosFactory.eINSTANCE.createActor();
        ((InternalEObject) ghost).eSetProxyURI(URI.createURI("other.synergos#actor.ghost"));
        event(framework, "event.day", "2023-02-14", firm);
        event(framework, "event.quarter", "Q1 2023", firm);
        event(framework, "event.year", "2023", firm, ghost);
        event(framework, "event.month", "2023-01", firm);
        event(framework, "event.none", null, firm);
        event(framework, "event.bad", "sometime in spring", firm);
        AnalysisResult result = run(framework, Map.of());
        ResultTable events = result.table("events").orElseThrow();
        // all start in 2023: the year (Jan 1, longest) first, then Q1 (Jan 1), then January, then Feb 14
        assertEquals(List.of("event.year", "event.quarter", "event.month", "event.day"),
                events.rows().stream().map(r -> (String) r.get(0)).toList());
        assertTrue(named(result, "event.none", "has no period"));
        assertTrue(named(result, "event.bad", "'sometime in spring'"));
        assertTrue(named(result, "event.year", "unknown actor 'other.synergos#actor.ghost'"));
        assertEquals(7, result.table("participation").orElseThrow().rows().size(), "undated events still listed");
        String svg = (String) result.table("timeline-svg").orElseThrow().rows().get(0).get(0);
        assertTrue(svg.contains("mixed &lt;&amp;&gt; model"), svg);
        assertTrue(result.isCompleted());
    }

    @Test
    void lagFromEventToTheNextIndexChange() throws Exception {
        Framework framework = Elements.framework("lags");
        Actor firm = Elements.actor(framework, "firm", ActorKind.ENTERPRISE);
        Event event = event(framework, "event.policy", "2023-Q2", firm);
        Index index = SynergosFactory.eINSTANCE.createIndex();
        index.setId("index.patents");
        index.setName("patents");
        framework.getIndices().add(index);
        // 2023-Q1 10 (baseline, before the event), Q2 10 (no change), Q3 10, Q4 14 (first change)
        for (String[] o : new String[][] { { "2023-Q1", "10" }, { "2023-Q2", "10" }, { "2023-Q3", "10" },
                { "2023-Q4", "14" } }) {
            Observation observation = SynergosFactory.eINSTANCE.createObservation();
            observation.setPeriod(o[0]);
            observation.setValue(Double.parseDouble(o[1]));
            index.getObservations().add(observation);
        }
        event.getIndices().add(index);
        ResultTable lags = run(framework, Map.of()).table("event-index-lags").orElseThrow();
        // event starts April 1; first change at 2023-Q4 (October 1): 6 months, 3 observations after the baseline
        assertEquals("2023-Q1", lags.cell("event.policy", "baseline"));
        assertEquals("2023-Q4", lags.cell("event.policy", "changed"));
        assertEquals(6L, lags.cell("event.policy", "months"));
        assertEquals(3, lags.cell("event.policy", "steps"));
        assertEquals(4.0, lags.number("event.policy", "change"));
    }

    private static boolean named(AnalysisResult result, String elementId, String text) {
        return result.messages().stream().anyMatch(m -> m.severity() == Severity.WARNING
                && m.elementId().equals(elementId) && m.text().contains(text));
    }

    static Event event(Framework framework, String id, String period, Actor... actors) {
        Event event = SynergosFactory.eINSTANCE.createEvent();
        event.setId(id);
        event.setName(id);
        event.setPeriod(period);
        event.setEventType(id);
        event.getParticipants().addAll(List.of(actors));
        framework.getEvents().add(event);
        return event;
    }
}
