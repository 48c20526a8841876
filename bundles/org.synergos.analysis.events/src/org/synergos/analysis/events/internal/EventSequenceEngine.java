package org.synergos.analysis.events.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ParameterDescriptor;
import org.synergos.analysis.api.Parameters;
import org.synergos.model.Actor;
import org.synergos.model.Event;
import org.synergos.model.Framework;

/**
 * Event-sequence analysis (paper A, Liang &amp; Liang, Table 4): critical events in time order with time,
 * participants, policy background and effect on new quality productivity; the actor-participation matrix;
 * events grouped by policy background; a timeline figure (SVG); lags from events to later index changes.
 * Across several cases (each actor's trajectory, {@code case-by=actor}): transition rates between event
 * types and frequent subsequences (TraMineR definitions, Gabadinho et al. 2011), optimal-matching distances
 * (Abbott &amp; Tsay 2000) and agglomerative clustering (Ward or average linkage).
 */
@Component(service = AnalysisEngine.class, property = AnalysisEngine.ENGINE_ID + "=" + EventSequenceEngine.ID)
public final class EventSequenceEngine implements AnalysisEngine {

    public static final String ID = "event-sequence";
    static final String CASE_BY = "case-by";
    static final String MIN_SUPPORT = "min-support";
    static final String SUBSTITUTION = "substitution-cost";
    static final String INDEL = "indel-cost";
    static final String LINKAGE = "linkage";
    static final String CLUSTERS = "clusters";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Event-sequence analysis", "0.1.0",
            "Critical events in time order (paper A, Table 4), actor participation, policy backgrounds, a timeline "
                    + "figure, event-to-index-change lags; across cases: transition rates, frequent subsequences, "
                    + "optimal-matching distances and clusters.",
            List.of(ParameterDescriptor.choice(CASE_BY, "Cases",
                    "model: the whole model is one sequence (events carry no case attribute); actor: one sequence "
                            + "per actor, the events it took part in",
                    EventCase.BY_MODEL, EventCase.BY_MODEL, EventCase.BY_ACTOR),
                    ParameterDescriptor.decimal(MIN_SUPPORT, "Minimum support",
                            "share of cases a frequent subsequence must occur in", 0.5, 0, 1),
                    ParameterDescriptor.decimal(SUBSTITUTION, "Substitution cost", "optimal matching", 2, 0, 1e6),
                    ParameterDescriptor.decimal(INDEL, "Indel cost", "optimal matching insertion/deletion", 1, 1e-9,
                            1e6),
                    ParameterDescriptor.choice(LINKAGE, "Linkage",
                            "agglomerative clustering: ward (as hclust ward.D2) or average (UPGMA)", "ward", "ward",
                            "average"),
                    ParameterDescriptor.integer(CLUSTERS, "Clusters", "number of clusters to cut the tree into", 2, 1,
                            100)));

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Applicability applicability(AnalysisInput input) {
        if (!(input.model().orElse(null) instanceof Framework framework)) {
            return Applicability.notApplicable("needs a Synergos model with events");
        }
        return framework.getEvents().isEmpty() ? Applicability.notApplicable("the model has no events")
                : Applicability.ok();
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) throws AnalysisException {
        if (!(request.input().model().orElse(null) instanceof Framework framework)) {
            throw new AnalysisException("the event-sequence analysis needs a Synergos model with events");
        }
        monitor.begin("event sequences", 3);
        List<Message> messages = new ArrayList<>();
        Map<Event, List<Actor>> participants = new LinkedHashMap<>();
        framework.getEvents().forEach(e -> participants.put(e, Participants.actors(framework, e, messages)));
        List<OrderedEvent> ordered = OrderedEvent.order(framework, messages);
        List<Event> matrixOrder = new ArrayList<>(ordered.stream().map(OrderedEvent::event).toList());
        framework.getEvents().stream().filter(e -> !matrixOrder.contains(e)).forEach(matrixOrder::add);
        AnalysisResult.Builder result = AnalysisResult.builder(DESCRIPTOR)
                .table(EventTables.events(ordered, participants))
                .table(EventTables.participation(matrixOrder, framework.getActors(), participants))
                .table(EventTables.policyBackgrounds(matrixOrder))
                .table(EventTables.timeline(TimelineSvg.render(ordered, Texts.name(framework))));
        for (int i = 0; i < ordered.size(); i++) {
            OrderedEvent event = ordered.get(i);
            result.value(new ElementValue(event.event().getId(), "order", i + 1, event.period().toString()));
        }
        monitor.worked(1);
        List<EventLag> lags = EventLag.of(framework, ordered, messages);
        if (!lags.isEmpty()) {
            result.table(EventTables.lags(lags));
        }
        monitor.worked(1);
        Parameters parameters = request.parameters();
        String caseBy = parameters.text(CASE_BY);
        if (caseBy.equals(EventCase.BY_MODEL)) {
            messages.add(Message.info("Events have no case attribute in the metamodel: the whole model is treated "
                    + "as one case (parameter case-by=actor analyses each actor's sequence of events)."));
        }
        List<EventCase> cases = EventCase.of(caseBy, Texts.name(framework), ordered, framework.getActors(),
                participants);
        if (cases.size() >= 2) {
            crossCase(cases, parameters, result);
        } else if (caseBy.equals(EventCase.BY_ACTOR)) {
            messages.add(Message.info("Fewer than two actors take part in dated events: no cross-case analysis."));
        }
        monitor.worked(1);
        messages.forEach(result::message);
        return result.provenance("software", "Synergos event-sequence " + DESCRIPTOR.version())
                .provenance("ordering", "by period start, the longer period first on equal starts, then model order")
                .provenance("cases", cases.size() + " (" + caseBy + ")")
                .provenance("definition.transition-rate", "n(i->j) / n(i->any), consecutive events within cases "
                        + "(TraMineR seqtrate)")
                .provenance("definition.support", "share of cases containing the ordered subsequence")
                .provenance("definition.om", "optimal matching, constant substitution and indel costs "
                        + "(Abbott & Tsay 2000)")
                .provenance("definition.clustering", parameters.text(LINKAGE).equals("ward")
                        ? "Ward (Lance-Williams on squared distances, as hclust ward.D2)" : "average linkage (UPGMA)")
                .provenance("events", framework.getEvents().size()).provenance(parameters.asMap()).build();
    }

    private static void crossCase(List<EventCase> cases, Parameters parameters, AnalysisResult.Builder result) {
        List<List<String>> sequences = cases.stream().map(EventCase::types).toList();
        double minSupport = parameters.decimal(MIN_SUPPORT);
        double substitution = parameters.decimal(SUBSTITUTION);
        double indel = parameters.decimal(INDEL);
        double[][] distances = new OptimalMatching(substitution, indel).matrix(sequences);
        String linkage = parameters.text(LINKAGE);
        List<Agglomerative.Merge> merges = Agglomerative.cluster(distances,
                linkage.equals("ward") ? Agglomerative.Linkage.WARD : Agglomerative.Linkage.AVERAGE);
        int k = (int) Math.min(parameters.integer(CLUSTERS), cases.size());
        result.table(SequenceTables.cases(cases))
                .table(SequenceTables.transitions(new TransitionRates(sequences)))
                .table(SequenceTables.subsequences(FrequentSubsequences.find(sequences, minSupport), minSupport,
                        cases.size()))
                .table(SequenceTables.distances(cases, distances, substitution, indel))
                .table(SequenceTables.clusters(cases, Agglomerative.cut(cases.size(), merges, k), linkage, k))
                .table(SequenceTables.merges(cases, merges));
    }
}
