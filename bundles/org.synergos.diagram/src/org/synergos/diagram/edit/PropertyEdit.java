package org.synergos.diagram.edit;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Undoable changes of one feature of one element (the workbench's property sheet). */
public final class PropertyEdit {

    private PropertyEdit() {
    }

    public static PlannedEdit refusal(String why) {
        return PlannedEdit.refused(why);
    }

    /** Sets a single-valued feature ({@code null} unsets it) or replaces a many-valued feature's values. */
    public static PlannedEdit set(EObject element, EStructuralFeature feature, Object value) {
        if (!feature.isChangeable() || feature.isDerived()) {
            return refusal("'" + feature.getName() + "' cannot be changed");
        }
        return PlannedEdit.of(new ModelChangeCommand("Set " + feature.getName(), edits -> {
            if (feature.isMany()) {
                List<?> current = List.copyOf((List<?>) element.eGet(feature));
                current.forEach(old -> edits.remove(element, feature, old));
                for (Object item : (List<?>) value) {
                    edits.add(element, feature, item);
                }
            } else {
                edits.set(element, feature, value);
            }
        }));
    }

    /** Adds values to a many-valued feature (pasting elements into a containment, say) as one undoable edit. */
    public static PlannedEdit add(String label, java.util.List<Addition> additions) {
        if (additions.isEmpty()) {
            return refusal("nothing to add");
        }
        return PlannedEdit.of(new ModelChangeCommand(label, edits -> additions.forEach(a -> edits.add(a.owner(), a.feature(), a.value()))));
    }

    /** One value added to one owner's many-valued feature. */
    public record Addition(EObject owner, EStructuralFeature feature, Object value) {
    }
}
