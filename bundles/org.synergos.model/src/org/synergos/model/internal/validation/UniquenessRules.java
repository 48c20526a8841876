package org.synergos.model.internal.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.synergos.model.Actor;
import org.synergos.model.Construct;
import org.synergos.model.Framework;
import org.synergos.model.Hypothesis;
import org.synergos.model.Identified;
import org.synergos.model.Indicator;
import org.synergos.model.Variable;
import org.synergos.model.helpers.FrameworkQueries;
import org.synergos.model.validation.ValidationRule;

/** Codes, labels, names and ids that other elements and engines look elements up by must be unique. */
final class UniquenessRules {

    private UniquenessRules() {
    }

    static void check(Framework framework, Findings findings) {
        checkIds(framework, findings);
        for (Construct construct : framework.getConstructs()) {
            requireCode(construct, findings);
            construct.getIndicators().forEach(i -> requireCode(i, findings));
        }
        unique(framework.getConstructs(), Construct::getCode, ValidationRule.DUPLICATE_CONSTRUCT_CODE,
                "code", "give each construct its own code", findings);
        unique(FrameworkQueries.allIndicators(framework), Indicator::getCode,
                ValidationRule.DUPLICATE_INDICATOR_CODE, "code", "give each indicator its own code", findings);
        java.util.List<Hypothesis> hypotheses = new java.util.ArrayList<>(framework.getPaths());
        hypotheses.addAll(framework.getMediations());
        hypotheses.addAll(framework.getModerations());
        unique(hypotheses, Hypothesis::getLabel, ValidationRule.DUPLICATE_HYPOTHESIS_LABEL, "label",
                "give each hypothesis its own label (H1, H2 ...)", findings);
        unique(framework.getActors(), Actor::getName, ValidationRule.DUPLICATE_ACTOR_NAME, "name",
                "give each actor its own name", findings);
    }

    private static void checkIds(Framework framework, Findings findings) {
        Map<String, EObject> seen = new HashMap<>();
        TreeIterator<EObject> all = framework.eAllContents();
        while (all.hasNext()) {
            EObject next = all.next();
            if (next instanceof Identified identified && identified.getId() != null) {
                EObject first = seen.putIfAbsent(identified.getId(), next);
                if (first != null) {
                    findings.report(ValidationRule.DUPLICATE_ID, next, "id '" + identified.getId()
                            + "' is also the id of " + Findings.describe(first),
                            "change one of the ids (references use them, so edit the id and its references together)");
                }
            }
        }
    }

    private static void requireCode(Variable variable, Findings findings) {
        if (variable.getCode() == null || variable.getCode().isBlank()) {
            findings.report(ValidationRule.MISSING_CODE, variable, "has no code",
                    "set a code (the variable name used in syntax and data)");
        }
    }

    private static <T extends EObject> void unique(Iterable<T> elements, Function<T, String> key,
            ValidationRule rule, String what, String fix, Findings findings) {
        Map<String, T> seen = new HashMap<>();
        for (T element : elements) {
            String value = key.apply(element);
            if (value == null || value.isBlank()) {
                continue;
            }
            T first = seen.putIfAbsent(value, element);
            if (first != null) {
                findings.report(rule, element, what + " '" + value + "' is also used by " + Findings.describe(first),
                        fix);
            }
        }
    }
}
