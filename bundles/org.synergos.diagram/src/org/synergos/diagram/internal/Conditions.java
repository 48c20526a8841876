package org.synergos.diagram.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.synergos.diagram.Condition;

/** Evaluates {@link Condition}s; a feature the element lacks makes the condition false. */
public final class Conditions {

    private Conditions() {
    }

    public static boolean holds(Condition condition, EObject element) {
        if (condition == null) {
            return true;
        }
        EStructuralFeature feature = element.eClass().getEStructuralFeature(condition.feature());
        return feature != null && ElementText.of(element.eGet(feature)).equals(condition.equals());
    }
}
