package org.synergos.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.synergos.model.Construct;
import org.synergos.model.Indicator;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.Variable;

/**
 * What diagrams and paragraphs call model elements: constructs by name in the ellipse, by code (as the
 * engines' tables do, "NQPF → CIP") in path and mediation texts; indicators by code.
 */
final class DiagramText {

    private DiagramText() {
    }

    static String constructName(Construct construct) {
        return firstNonBlank(construct.getName(), construct.getCode(), construct.getId(), "?");
    }

    /** The code the engines use in their tables (code, else name). */
    static String code(Variable variable) {
        return variable == null ? "?" : firstNonBlank(variable.getCode(), variable.getName(), variable.getId(), "?");
    }

    static String indicatorCode(Indicator indicator) {
        return firstNonBlank(indicator.getCode(), indicator.getName(), indicator.getColumn(), indicator.getId(), "?");
    }

    /** "NQPF → DT → CIP", the form of the engines' indirect-effect tables. */
    static String chain(MediationHypothesis mediation) {
        List<String> codes = new ArrayList<>();
        codes.add(code(mediation.getSource()));
        mediation.getMediators().forEach(m -> codes.add(code(m)));
        codes.add(code(mediation.getTarget()));
        return String.join(" → ", codes);
    }

    static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }
}
