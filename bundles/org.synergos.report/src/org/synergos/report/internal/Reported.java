package org.synergos.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.synergos.model.Construct;
import org.synergos.model.Framework;
import org.synergos.model.Identified;
import org.synergos.model.Indicator;
import org.synergos.model.ReportedStatistic;
import org.synergos.model.StructuralPath;
import org.synergos.model.Variable;

/**
 * A model's reported statistics ({@link Framework#getReportedStatistics()}, a paper's values as the model stores
 * them: subject element, subject label, statistic name, value, source), indexed for the report's comparisons
 * and consistency checks. Names are compared in lower case; the first statistic of a name on a subject wins.
 */
final class Reported {

    private final Framework model;
    private final List<ReportedStatistic> all;

    Reported(Framework model) {
        this.model = model;
        this.all = List.copyOf(model.getReportedStatistics());
    }

    Framework model() {
        return model;
    }

    List<ReportedStatistic> all() {
        return all;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** The statistic {@code name} reported for {@code subject}. */
    Optional<ReportedStatistic> of(Identified subject, String name) {
        return all.stream().filter(s -> s.getSubject() == subject && name.equalsIgnoreCase(nameOf(s))).findFirst();
    }

    /** Every statistic called {@code name}, on any subject or none, in model order. */
    List<ReportedStatistic> named(String name) {
        return all.stream().filter(s -> name.equalsIgnoreCase(nameOf(s))).toList();
    }

    /**
     * The reported correlation of two constructs: {@code correlation_with_<code of b>} on a, or
     * {@code correlation_with_<code of a>} on b.
     */
    Optional<ReportedStatistic> correlation(Construct a, Construct b) {
        Optional<ReportedStatistic> ab = of(a, ReportedVocabulary.CORRELATION_PREFIX + DiagramText.code(b));
        return ab.isPresent() ? ab : of(b, ReportedVocabulary.CORRELATION_PREFIX + DiagramText.code(a));
    }

    /** The structural paths of the model ending in {@code target}. */
    List<StructuralPath> pathsInto(Construct target) {
        return model.getPaths().stream().filter(p -> p.getTarget() == target && p.getSource() != null).toList();
    }

    /** Constructs (in model order) that are the target of at least one path. */
    List<Construct> endogenous() {
        List<Construct> constructs = new ArrayList<>();
        for (Construct construct : model.getConstructs()) {
            if (!pathsInto(construct).isEmpty()) {
                constructs.add(construct);
            }
        }
        return constructs;
    }

    /** The loadings reported for the indicators of {@code construct}, in indicator order (missing ones left out). */
    Map<Indicator, ReportedStatistic> loadings(Construct construct) {
        Map<Indicator, ReportedStatistic> loadings = new LinkedHashMap<>();
        for (Indicator indicator : construct.getIndicators()) {
            of(indicator, ReportedVocabulary.LOADING).ifPresent(s -> loadings.put(indicator, s));
        }
        return loadings;
    }

    static String nameOf(ReportedStatistic statistic) {
        return statistic.getStatistic() == null ? "" : statistic.getStatistic().strip();
    }

    /** The subject as a reader knows it: the stored subject label, else the element's code, name or id. */
    static String subjectOf(ReportedStatistic statistic) {
        if (statistic.getSubjectLabel() != null && !statistic.getSubjectLabel().isBlank()) {
            return statistic.getSubjectLabel().strip();
        }
        Identified subject = statistic.getSubject();
        if (subject instanceof Indicator indicator) {
            return DiagramText.indicatorCode(indicator);
        }
        if (subject instanceof Variable variable) {
            return DiagramText.code(variable);
        }
        return subject == null ? "" : subject.getId();
    }

    /** "H2 beta = 0.437 (paper E …, structural model)": how a finding cites a reported statistic. */
    static String cite(ReportedStatistic statistic) {
        String source = statistic.getSource() == null || statistic.getSource().isBlank() ? "no source stored"
                : statistic.getSource().strip();
        return subjectOf(statistic) + " " + nameOf(statistic) + " = " + Printed.text(statistic.getValue()) + " ("
                + source + ")";
    }
}
