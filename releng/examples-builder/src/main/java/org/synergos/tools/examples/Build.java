package org.synergos.tools.examples;

import java.util.List;

import org.synergos.model.Actor;
import org.synergos.model.ActorKind;
import org.synergos.model.AnalysisConfiguration;
import org.synergos.model.Collaboration;
import org.synergos.model.CollaborationKind;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.DataSource;
import org.synergos.model.Framework;
import org.synergos.model.Identified;
import org.synergos.model.Indicator;
import org.synergos.model.Parameter;
import org.synergos.model.Problem;
import org.synergos.model.ReportedStatistic;
import org.synergos.model.RevenueShare;
import org.synergos.model.Scale;
import org.synergos.model.Strategy;
import org.synergos.model.StrategyKind;
import org.synergos.model.SynergosFactory;
import org.synergos.model.Weighting;
import org.synergos.model.helpers.Elements;

/**
 * Small building blocks shared by the example studies. Element ids are always ASCII: elements are
 * created under an ASCII key (from which {@code ModelIds} derives the id) and renamed afterwards, so the
 * (often Chinese) display names never leak into ids and references.
 */
final class Build {

    static final SynergosFactory F = SynergosFactory.eINSTANCE;

    private Build() {
    }

    static Framework framework(String name, String description, List<String> authors) {
        Framework fw = Elements.framework(name);
        fw.setDescription(description);
        fw.getAuthors().addAll(authors);
        fw.getLanguages().addAll(List.of("zh", "en"));
        return fw;
    }

    /** Sets an explicit id ({@code prefix.key}) on an element that ModelIds would key by a non-ASCII name. */
    static <T extends Identified> T id(T element, String id) {
        element.setId(id);
        return element;
    }

    static Actor actor(Framework fw, String key, String name, ActorKind kind, String subkind, List<String> roles,
            List<String> responsibilities) {
        Actor actor = Elements.actor(fw, key, kind);
        actor.setName(name);
        actor.setSubkind(subkind);
        actor.getRoles().addAll(roles);
        actor.getResponsibilities().addAll(responsibilities);
        return actor;
    }

    static Collaboration collaboration(Framework fw, String key, String name, CollaborationKind kind, Actor source,
            Actor target, String description, Actor... participants) {
        Collaboration collaboration = Elements.collaboration(fw, key, kind, source, target);
        collaboration.setName(name);
        collaboration.setDescription(description);
        collaboration.getParticipants().addAll(List.of(participants));
        return collaboration;
    }

    static RevenueShare share(Actor actor, String party, double percent) {
        RevenueShare share = F.createRevenueShare();
        share.setActor(actor);
        share.setParty(party);
        share.setPercent(percent);
        return share;
    }

    /** A reflective Mode-A construct with {@code items} Likert indicators {@code prefix1 .. prefixN}. */
    static Construct construct(Framework fw, String code, String prefix, String name, String description,
            int items, int points, String dimensionCategory) {
        Construct construct = Elements.construct(fw, code, ConstructMode.REFLECTIVE);
        construct.setName(name);
        construct.setDescription(description);
        construct.setWeighting(Weighting.MODE_A);
        construct.setDimensionCategory(dimensionCategory);
        for (int i = 1; i <= items; i++) {
            Indicator indicator = Elements.indicator(construct, prefix + i);
            indicator.setName(prefix + i);
            indicator.setItemText(code + " item " + i + " (" + points + "-point Likert, 1 = strongly disagree ... "
                    + points + " = strongly agree; the questionnaire wording is not reproduced)");
            indicator.setScale(likert(points));
        }
        return construct;
    }

    static Scale likert(int points) {
        Scale scale = F.createScale();
        scale.setPoints(points);
        scale.setLabel(points + "-point Likert");
        scale.setMin(1.0);
        scale.setMax((double) points);
        return scale;
    }

    static DataSource csv(Framework fw, String name, String path) {
        DataSource source = Elements.csvDataSource(fw, "data", path);
        source.setName(name);
        source.getMissingValueCodes().add("NA");
        return source;
    }

    static AnalysisConfiguration analysis(Framework fw, String key, String name, String engine, DataSource data,
            String... keyValues) {
        AnalysisConfiguration analysis = id(F.createAnalysisConfiguration(), "analysisConfiguration." + key);
        analysis.setName(name);
        analysis.setEngineId(engine);
        analysis.setDataSource(data);
        for (int i = 0; i < keyValues.length; i += 2) {
            Parameter parameter = F.createParameter();
            parameter.setKey(keyValues[i]);
            parameter.setValue(keyValues[i + 1]);
            analysis.getParameters().add(parameter);
        }
        fw.getAnalyses().add(analysis);
        return analysis;
    }

    /** A statistic as the paper reports it; {@code subject} may be null (then {@code subjectLabel} names it). */
    static ReportedStatistic reported(Framework fw, Identified subject, String subjectLabel, String statistic,
            double value, String source) {
        ReportedStatistic reported = F.createReportedStatistic();
        String key = subject != null ? subject.getId() : ascii(subjectLabel);
        String id = "reportedStatistic." + key + "." + statistic;
        for (int n = 2; usedIds(fw).contains(id); n++) {
            id = "reportedStatistic." + key + "." + statistic + "-" + n;
        }
        reported.setId(id);
        reported.setSubject(subject);
        reported.setSubjectLabel(subjectLabel);
        reported.setStatistic(statistic);
        reported.setValue(value);
        reported.setSource(source);
        fw.getReportedStatistics().add(reported);
        return reported;
    }

    /** ASCII letters and digits of {@code text}, other runs of characters as one '_'. */
    static String ascii(String text) {
        String slug = text.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
        return slug.isEmpty() ? "x" : slug;
    }

    private static java.util.Set<String> usedIds(Framework fw) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        fw.eAllContents().forEachRemaining(e -> {
            if (e instanceof Identified identified && identified.getId() != null) {
                ids.add(identified.getId());
            }
        });
        return ids;
    }

    static Problem problem(Framework fw, String key, String name, String category, String description,
            Actor... actors) {
        Problem problem = id(F.createProblem(), "problem." + key);
        problem.setName(name);
        problem.setCategory(category);
        problem.setDescription(description);
        problem.getActors().addAll(List.of(actors));
        fw.getProblems().add(problem);
        return problem;
    }

    static Strategy strategy(Framework fw, String key, String name, StrategyKind kind, String description,
            List<Problem> addresses, Actor... actors) {
        Strategy strategy = id(F.createStrategy(), "strategy." + key);
        strategy.setName(name);
        strategy.setKind(kind);
        strategy.setDescription(description);
        strategy.getAddresses().addAll(addresses);
        strategy.getActors().addAll(List.of(actors));
        fw.getStrategies().add(strategy);
        return strategy;
    }
}
