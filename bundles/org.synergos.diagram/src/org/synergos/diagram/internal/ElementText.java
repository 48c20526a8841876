package org.synergos.diagram.internal;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Text for values that appear in labels and conditions: an element shows its code, else its label, else its
 * name, else its id (what a researcher calls it); enum values their literal; whole numbers without ".0".
 */
public final class ElementText {

    private static final List<String> DISPLAY_FEATURES = List.of("code", "label", "name", "id");

    private ElementText() {
    }

    /** The values as text, joined by ", ". */
    public static String join(List<Object> values) {
        StringBuilder out = new StringBuilder();
        for (Object value : values) {
            String text = of(value);
            if (text.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(text);
        }
        return out.toString();
    }

    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof EObject object) {
            return displayName(object);
        }
        if (value instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        if (value instanceof Double number && number == Math.rint(number) && !number.isInfinite()
                && Math.abs(number) < 1e15) {
            return Long.toString(number.longValue());
        }
        return value.toString();
    }

    /** The element's code, label, name or id, whichever is set first. */
    public static String displayName(EObject object) {
        for (String name : DISPLAY_FEATURES) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
            if (feature != null && !feature.isMany() && object.eGet(feature) instanceof String text
                    && !text.isBlank()) {
                return text;
            }
        }
        return "";
    }

    /** The element's id attribute, or {@code null} when it has none. */
    public static String id(EObject object) {
        String id = EcoreUtil.getID(object);
        return id == null || id.isBlank() ? null : id;
    }
}
