package org.synergos.model.internal.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.synergos.model.CausalLink;
import org.synergos.model.CausalMap;
import org.synergos.model.Construct;
import org.synergos.model.Covariance;
import org.synergos.model.Framework;
import org.synergos.model.ImplementationPathMap;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.ModerationHypothesis;
import org.synergos.model.StructuralPath;
import org.synergos.model.Transition;
import org.synergos.model.helpers.ElementLabels;
import org.synergos.model.helpers.FrameworkQueries;
import org.synergos.model.validation.ValidationRule;

/**
 * The structural model must be estimable: complete paths, no self-loops, no cycles (PLS-SEM and
 * recursive CB-SEM require a recursive, i.e. acyclic, model), and mediators on declared paths.
 */
final class StructuralRules {

    private StructuralRules() {
    }

    static void check(Framework framework, Findings findings) {
        checkEndpoints(framework, findings);
        Set<String> seenPairs = new HashSet<>();
        for (StructuralPath path : framework.getPaths()) {
            if (path.getSource() != null && path.getSource() == path.getTarget()) {
                findings.report(ValidationRule.PATH_SELF_LOOP, path,
                        "leads from construct '" + path.getSource().getCode() + "' to itself",
                        "remove the path or choose a different target");
            } else if (path.getSource() != null && path.getTarget() != null
                    && !seenPairs.add(path.getSource().getCode() + "\u0000" + path.getTarget().getCode())) {
                findings.report(ValidationRule.DUPLICATE_PATH, path, "repeats an earlier path between the same constructs",
                        "remove the duplicate path");
            }
        }
        checkCycles(framework, findings);
        framework.getMediations().forEach(m -> checkMediation(framework, m, findings));
    }

    private static void checkEndpoints(Framework framework, Findings findings) {
        for (StructuralPath path : framework.getPaths()) {
            require(path, path.getSource(), "source", findings);
            require(path, path.getTarget(), "target", findings);
        }
        for (MediationHypothesis mediation : framework.getMediations()) {
            require(mediation, mediation.getSource(), "source", findings);
            require(mediation, mediation.getTarget(), "target", findings);
        }
        for (ModerationHypothesis moderation : framework.getModerations()) {
            require(moderation, moderation.getPredictor(), "predictor", findings);
            require(moderation, moderation.getModerator(), "moderator", findings);
            require(moderation, moderation.getTarget(), "target", findings);
        }
        for (Covariance covariance : framework.getCovariances()) {
            require(covariance, covariance.getLeft(), "left variable", findings);
            require(covariance, covariance.getRight(), "right variable", findings);
        }
        for (CausalMap map : framework.getCausalMaps()) {
            for (CausalLink link : map.getLinks()) {
                require(link, link.getSource(), "source stage", findings);
                require(link, link.getTarget(), "target stage", findings);
            }
        }
        for (ImplementationPathMap map : framework.getImplementationPathMaps()) {
            for (Transition transition : map.getTransitions()) {
                require(transition, transition.getSource(), "source stage", findings);
                require(transition, transition.getTarget(), "target stage", findings);
            }
        }
    }

    private static void require(EObject element, Object end, String role, Findings findings) {
        if (end == null) {
            findings.report(ValidationRule.MISSING_ENDPOINT, element, "has no " + role, "set its " + role);
        }
    }

    /** Reports each strongly connected component of the path graph once, naming one concrete cycle. */
    private static void checkCycles(Framework framework, Findings findings) {
        Map<Construct, List<StructuralPath>> outgoing = new LinkedHashMap<>();
        for (StructuralPath path : framework.getPaths()) {
            if (path.getSource() != null && path.getTarget() != null && path.getSource() != path.getTarget()) {
                outgoing.computeIfAbsent(path.getSource(), k -> new ArrayList<>()).add(path);
            }
        }
        Set<Construct> reported = new HashSet<>();
        for (Construct start : framework.getConstructs()) {
            if (reported.contains(start)) {
                continue;
            }
            List<StructuralPath> cycle = findCycleThrough(start, outgoing);
            if (!cycle.isEmpty()) {
                cycle.forEach(p -> reported.add(p.getSource()));
                String chain = cycle.stream().map(p -> p.getSource().getCode()).collect(Collectors.joining(" -> "))
                        + " -> " + start.getCode();
                String paths = cycle.stream().map(ElementLabels::of).collect(Collectors.joining(", "));
                findings.report(ValidationRule.STRUCTURAL_CYCLE, cycle.get(0),
                        "the structural model has the cycle " + chain + " (" + paths
                                + "); PLS-SEM and recursive CB-SEM need an acyclic structural model",
                        "remove or reverse one of these paths");
            }
        }
    }

    /** Shortest cycle from {@code start} back to itself (breadth-first), as its paths; empty if none. */
    private static List<StructuralPath> findCycleThrough(Construct start,
            Map<Construct, List<StructuralPath>> outgoing) {
        Map<Construct, StructuralPath> reachedBy = new HashMap<>();
        Deque<Construct> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            Construct current = queue.removeFirst();
            for (StructuralPath path : outgoing.getOrDefault(current, List.of())) {
                Construct next = path.getTarget();
                if (next == start) {
                    List<StructuralPath> cycle = new ArrayList<>(List.of(path));
                    for (Construct c = current; c != start; c = reachedBy.get(c).getSource()) {
                        cycle.add(0, reachedBy.get(c));
                    }
                    return cycle;
                }
                if (!reachedBy.containsKey(next)) {
                    reachedBy.put(next, path);
                    queue.addLast(next);
                }
            }
        }
        return List.of();
    }

    private static void checkMediation(Framework framework, MediationHypothesis mediation, Findings findings) {
        if (mediation.getSource() == null || mediation.getTarget() == null) {
            return; // reported as missing endpoint
        }
        if (mediation.getMediators().isEmpty()) {
            findings.report(ValidationRule.MEDIATOR_OFF_PATH, mediation, "has no mediators",
                    "list the mediating constructs in order from source to target");
            return;
        }
        List<Construct> chain = new ArrayList<>();
        chain.add(mediation.getSource());
        chain.addAll(mediation.getMediators());
        chain.add(mediation.getTarget());
        List<String> missing = new ArrayList<>();
        for (int i = 0; i + 1 < chain.size(); i++) {
            if (FrameworkQueries.paths(framework, chain.get(i), chain.get(i + 1)).isEmpty()) {
                missing.add(chain.get(i).getCode() + " -> " + chain.get(i + 1).getCode());
            }
        }
        if (!missing.isEmpty()) {
            String route = chain.stream().map(Construct::getCode).collect(Collectors.joining(" -> "));
            findings.report(ValidationRule.MEDIATOR_OFF_PATH, mediation,
                    "mediators are not on declared paths: the chain " + route + " lacks the path"
                            + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing),
                    "add the missing structural path" + (missing.size() > 1 ? "s" : "")
                            + " or correct the mediators");
        }
    }
}
