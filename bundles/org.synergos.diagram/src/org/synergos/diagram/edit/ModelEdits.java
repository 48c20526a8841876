package org.synergos.diagram.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Performs elementary model changes and remembers each, so a command can revert them in reverse order and
 * replay them for redo. This stands in for EMF.Edit's {@code SetCommand}/{@code AddCommand}/
 * {@code RemoveCommand}, which are not on the platform: each change records exactly what it did (old value,
 * list index), which makes undo exact even for cascading deletes.
 */
final class ModelEdits {

    /** One recorded change. */
    private interface Change {
        void apply();

        void revert();
    }

    private record SetChange(EObject owner, EStructuralFeature feature, Object oldValue, boolean wasSet,
            Object newValue) implements Change {
        @Override
        public void apply() {
            owner.eSet(feature, newValue);
        }

        @Override
        public void revert() {
            if (wasSet) {
                owner.eSet(feature, oldValue);
            } else {
                owner.eUnset(feature);
            }
        }
    }

    private record ListChange(EObject owner, EStructuralFeature feature, int index, Object value, boolean added)
            implements Change {
        @Override
        public void apply() {
            if (added) {
                list(owner, feature).add(index, value);
            } else {
                list(owner, feature).remove(index);
            }
        }

        @Override
        public void revert() {
            if (added) {
                list(owner, feature).remove(index);
            } else {
                list(owner, feature).add(index, value);
            }
        }
    }

    private final List<Change> changes = new ArrayList<>();

    void set(EObject owner, EStructuralFeature feature, Object value) {
        Object old = owner.eGet(feature);
        boolean wasSet = owner.eIsSet(feature);
        owner.eSet(feature, value);
        changes.add(new SetChange(owner, feature, old, wasSet, value));
    }

    /** Records a value that someone else (e.g. {@code ModelIds}) has just set. */
    void recordSet(EObject owner, EStructuralFeature feature, Object oldValue, boolean wasSet) {
        changes.add(new SetChange(owner, feature, oldValue, wasSet, owner.eGet(feature)));
    }

    /** Appends to a many-valued feature; for containments the value must not be contained elsewhere. */
    void add(EObject owner, EStructuralFeature feature, Object value) {
        EList<Object> list = list(owner, feature);
        int index = list.size();
        list.add(value);
        changes.add(new ListChange(owner, feature, index, value, true));
    }

    /** Removes every occurrence of {@code value} from a many-valued feature. */
    void remove(EObject owner, EStructuralFeature feature, Object value) {
        EList<Object> list = list(owner, feature);
        for (int index = list.indexOf(value); index >= 0; index = list.indexOf(value)) {
            list.remove(index);
            changes.add(new ListChange(owner, feature, index, value, false));
        }
    }

    /** Removes {@code value} from {@code owner}'s feature, whether many-valued or single-valued. */
    void detach(EObject owner, EStructuralFeature feature, Object value) {
        if (feature.isMany()) {
            remove(owner, feature, value);
        } else if (owner.eGet(feature) == value) {
            set(owner, feature, null);
        }
    }

    void revert() {
        for (int i = changes.size() - 1; i >= 0; i--) {
            changes.get(i).revert();
        }
    }

    void apply() {
        changes.forEach(Change::apply);
    }

    @SuppressWarnings("unchecked")
    private static EList<Object> list(EObject owner, EStructuralFeature feature) {
        return (EList<Object>) owner.eGet(feature);
    }
}
