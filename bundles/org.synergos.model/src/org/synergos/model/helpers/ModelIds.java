package org.synergos.model.helpers;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.synergos.model.CausalLink;
import org.synergos.model.Covariance;
import org.synergos.model.DefinedParameter;
import org.synergos.model.Hypothesis;
import org.synergos.model.ParameterConstraint;
import org.synergos.model.ReportedStatistic;
import org.synergos.model.StructuralPath;
import org.synergos.model.Transition;
import org.synergos.model.Identified;
import org.synergos.model.Named;
import org.synergos.model.Variable;

/**
 * Assigns the {@code id} attribute that XMI references use.
 *
 * <p>Ids are readable and derived from the element's code, label or name at creation time
 * ({@code construct.NQPF}, {@code structuralPath.H1}) so that saved files diff well; they never change
 * afterwards, even when the code is renamed, which keeps references stable. Elements without any key
 * get a random UUID.
 */
public final class ModelIds {

    private ModelIds() {
    }

    /** Gives every identified element below (and including) {@code root} an id unless it has one. */
    public static void ensureIds(EObject root) {
        Set<String> used = new HashSet<>();
        TreeIterator<EObject> all = root.eAllContents();
        collect(root, used);
        while (all.hasNext()) {
            collect(all.next(), used);
        }
        assignMissing(root, used);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            assignMissing(it.next(), used);
        }
    }

    /**
     * Assigns an id to {@code element} that is unique within the model {@code element} belongs to
     * (its root container); does nothing when it already has one.
     */
    public static void assign(Identified element) {
        if (element.getId() != null && !element.getId().isEmpty()) {
            return;
        }
        EObject root = element;
        while (root.eContainer() != null) {
            root = root.eContainer();
        }
        Set<String> used = new HashSet<>();
        collect(root, used);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            collect(it.next(), used);
        }
        assignMissing(element, used);
    }

    private static void collect(EObject object, Set<String> used) {
        if (object instanceof Identified identified && identified.getId() != null) {
            used.add(identified.getId());
        }
    }

    private static void assignMissing(EObject object, Set<String> used) {
        if (!(object instanceof Identified identified)
                || (identified.getId() != null && !identified.getId().isEmpty())) {
            return;
        }
        String key = slug(keyOf(identified));
        String base = key.isEmpty()
                ? UUID.randomUUID().toString()
                : prefix(identified) + "." + key;
        String candidate = base;
        for (int n = 2; used.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        used.add(candidate);
        identified.setId(candidate);
    }

    private static String prefix(Identified element) {
        String name = element.eClass().getName();
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    /** The readable part of an id; relationships without a label are keyed by their ends. */
    private static String keyOf(Identified element) {
        if (element instanceof Variable variable && notBlank(variable.getCode())) {
            return variable.getCode();
        }
        if (element instanceof Hypothesis hypothesis && notBlank(hypothesis.getLabel())) {
            return hypothesis.getLabel();
        }
        if (element instanceof Named named && notBlank(named.getName())) {
            return named.getName();
        }
        if (element instanceof StructuralPath path && path.getSource() != null && path.getTarget() != null) {
            return ElementLabels.name(path.getSource()) + "_to_" + ElementLabels.name(path.getTarget());
        }
        if (element instanceof Covariance covariance && covariance.getLeft() != null && covariance.getRight() != null) {
            return ElementLabels.name(covariance.getLeft()) + "_with_" + ElementLabels.name(covariance.getRight());
        }
        if (element instanceof DefinedParameter parameter && notBlank(parameter.getName())) {
            return parameter.getName();
        }
        if (element instanceof ParameterConstraint constraint && notBlank(constraint.getLeft())) {
            return constraint.getLeft() + "_" + constraint.getOperator() + "_" + constraint.getRight();
        }
        if (element instanceof ReportedStatistic statistic && notBlank(statistic.getStatistic())) {
            String subject = statistic.getSubject() != null ? ElementLabels.name(statistic.getSubject())
                    : String.valueOf(statistic.getSubjectLabel());
            return subject + "_" + statistic.getStatistic();
        }
        if (element instanceof CausalLink link && link.getSource() != null && link.getTarget() != null) {
            return ElementLabels.name(link.getSource()) + "_to_" + ElementLabels.name(link.getTarget());
        }
        if (element instanceof Transition transition && transition.getSource() != null
                && transition.getTarget() != null) {
            return ElementLabels.name(transition.getSource()) + "_to_" + ElementLabels.name(transition.getTarget());
        }
        return "";
    }

    /** Keeps letters (any script), digits, '_', '-' and '.'; XML IDREFS forbid spaces. */
    static String slug(String text) {
        StringBuilder out = new StringBuilder();
        text.strip().codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.') {
                out.appendCodePoint(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                out.append('_');
            }
        });
        while (out.length() > 0 && out.charAt(out.length() - 1) == '_') {
            out.setLength(out.length() - 1);
        }
        return out.length() > 60 ? out.substring(0, 60) : out.toString();
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
