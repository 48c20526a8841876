package org.synergos.model.helpers;

import org.eclipse.emf.ecore.EObject;
import org.synergos.model.ColumnMapping;
import org.synergos.model.Covariance;
import org.synergos.model.DefinedParameter;
import org.synergos.model.Hypothesis;
import org.synergos.model.Identified;
import org.synergos.model.Named;
import org.synergos.model.Observation;
import org.synergos.model.ParameterConstraint;
import org.synergos.model.RevenueShare;
import org.synergos.model.StructuralPath;
import org.synergos.model.Transition;
import org.synergos.model.Variable;
import org.synergos.model.CausalLink;

/**
 * Human-readable names of model elements for messages ("construct 'NQPF'", "path H1 (NQPF -> CIP)"),
 * so that every diagnostic tells the user which element to fix without exposing ids or class names.
 */
public final class ElementLabels {

    private ElementLabels() {
    }

    /** Kind of element in lower case words, e.g. {@code "structural path"}. */
    public static String kind(EObject object) {
        String name = object.eClass().getName();
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                words.append(' ');
            }
            words.append(Character.toLowerCase(c));
        }
        return words.toString();
    }

    /** Kind plus the best available key, e.g. {@code "construct 'NQPF'"}. */
    public static String of(EObject object) {
        if (object == null) {
            return "(none)";
        }
        String key = key(object);
        return key.isEmpty() ? kind(object) : kind(object) + " " + key;
    }

    private static String key(EObject object) {
        if (object instanceof StructuralPath path) {
            String ends = "(" + name(path.getSource()) + " -> " + name(path.getTarget()) + ")";
            return blank(path.getLabel()) ? ends : "'" + path.getLabel() + "' " + ends;
        }
        if (object instanceof Hypothesis hypothesis && !blank(hypothesis.getLabel())) {
            return "'" + hypothesis.getLabel() + "'";
        }
        if (object instanceof Covariance covariance) {
            return "(" + name(covariance.getLeft()) + " ~~ " + name(covariance.getRight()) + ")";
        }
        if (object instanceof Transition transition) {
            return "(" + name(transition.getSource()) + " -> " + name(transition.getTarget()) + ")";
        }
        if (object instanceof CausalLink link) {
            return "(" + name(link.getSource()) + " -> " + name(link.getTarget()) + ")";
        }
        if (object instanceof DefinedParameter parameter && !blank(parameter.getName())) {
            return "'" + parameter.getName() + "'";
        }
        if (object instanceof ParameterConstraint constraint) {
            return "'" + constraint.getLeft() + " " + constraint.getOperator() + " " + constraint.getRight() + "'";
        }
        if (object instanceof Observation observation) {
            return "(unit '" + observation.getUnit() + "', " + observation.getPhase() + ")";
        }
        if (object instanceof RevenueShare share) {
            return "(" + (share.getActor() != null ? name(share.getActor()) : share.getParty()) + ")";
        }
        if (object instanceof ColumnMapping mapping) {
            return "'" + mapping.getColumn() + "'";
        }
        if (object instanceof Variable || object instanceof Named) {
            String name = name(object);
            return name.isEmpty() ? "" : "'" + name + "'";
        }
        if (object instanceof Identified identified && !blank(identified.getId())) {
            return "'" + identified.getId() + "'";
        }
        return "";
    }

    /** Code for variables, otherwise name, otherwise id; empty string when nothing is set. */
    public static String name(EObject object) {
        if (object instanceof Variable variable && !blank(variable.getCode())) {
            return variable.getCode();
        }
        if (object instanceof Named named && !blank(named.getName())) {
            return named.getName();
        }
        if (object instanceof Identified identified && !blank(identified.getId())) {
            return identified.getId();
        }
        return object == null ? "?" : "";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
