package org.synergos.diagram.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Follows feature paths through a model. Unknown features and unset values yield nothing, so a diagram of a
 * partial or broken model still opens; descriptions are checked against the metamodel when they are loaded,
 * which is where a misspelt feature is reported.
 */
public final class FeaturePath {

    private FeaturePath() {
    }

    /** Splits a candidates path ({@code "a/b"}) into segments. */
    public static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isBlank()) {
                segments.add(segment.strip());
            }
        }
        return segments;
    }

    /** The elements reached from {@code root} along {@code path}, in model order. */
    public static List<EObject> elements(EObject root, List<String> path) {
        List<EObject> result = new ArrayList<>();
        for (Object value : navigate(root, path)) {
            if (value instanceof EObject object) {
                result.add(object);
            }
        }
        return result;
    }

    /** Every value reached from {@code start} along {@code path}; many-valued features fan out. */
    public static List<Object> navigate(EObject start, List<String> path) {
        List<Object> current = new ArrayList<>();
        current.add(start);
        for (String name : path) {
            List<Object> next = new ArrayList<>();
            for (Object value : current) {
                if (value instanceof EObject object) {
                    addValues(object, name, next);
                }
            }
            current = next;
        }
        return current;
    }

    private static void addValues(EObject object, String name, List<Object> out) {
        EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
        if (feature == null) {
            return;
        }
        Object value = object.eGet(feature);
        if (value instanceof Collection<?> many) {
            for (Object item : many) {
                if (item != null) {
                    out.add(item);
                }
            }
        } else if (value != null) {
            out.add(value);
        }
    }

    /**
     * The class of the elements at the end of {@code path} from {@code rootClass}, or {@code null} if a segment
     * is not a reference of the class before it.
     */
    public static EClass endClass(EClass rootClass, List<String> path) {
        EClass current = rootClass;
        for (String name : path) {
            EStructuralFeature feature = current.getEStructuralFeature(name);
            if (!(feature instanceof EReference reference)) {
                return null;
            }
            current = reference.getEReferenceType();
        }
        return current;
    }
}
