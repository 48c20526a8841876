package org.synergos.report.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.format.CellText;
import org.synergos.model.Construct;
import org.synergos.model.Framework;
import org.synergos.model.Identified;
import org.synergos.model.Indicator;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.StructuralPath;

/**
 * The overlay values a diagram shows, looked up by model-element id and key ({@code beta}, {@code r2},
 * {@code loading}, {@code indirect}). Engines supply the display text ("0.451*** (t = 10.36)"), so the
 * diagram says exactly what the engine's overlays say; a value without display text is shown with three
 * decimals.
 */
final class DiagramValues {

    static final List<String> OVERLAY_KEYS = List.of("beta", "r2", "loading", "indirect");

    private static final DiagramValues NONE = new DiagramValues(Map.of());

    private final Map<String, ElementValue> byElementAndKey;

    private DiagramValues(Map<String, ElementValue> byElementAndKey) {
        this.byElementAndKey = byElementAndKey;
    }

    /** No values: the diagram of the model itself. */
    static DiagramValues none() {
        return NONE;
    }

    /** The overlay values of a result; the first value wins when an engine repeats an element and key. */
    static DiagramValues of(AnalysisResult result) {
        Map<String, ElementValue> values = new HashMap<>();
        for (ElementValue value : result.elementValues()) {
            if (OVERLAY_KEYS.contains(value.key())) {
                values.putIfAbsent(value.elementId() + "\n" + value.key(), value);
            }
        }
        return new DiagramValues(values);
    }

    /** True when the result overlays at least one construct, indicator, path or mediation of the model. */
    static boolean describes(Framework model, AnalysisResult result) {
        Set<String> ids = new HashSet<>();
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            if ((element instanceof Construct || element instanceof Indicator || element instanceof StructuralPath
                    || element instanceof MediationHypothesis) && ((Identified) element).getId() != null) {
                ids.add(((Identified) element).getId());
            }
        }
        return result.elementValues().stream()
                .anyMatch(v -> OVERLAY_KEYS.contains(v.key()) && ids.contains(v.elementId()));
    }

    boolean isEmpty() {
        return byElementAndKey.isEmpty();
    }

    /** The value's display text, e.g. "0.283*** (t = 6.91)" or "R² = 0.629". */
    Optional<String> display(Identified element, String key) {
        if (element == null || element.getId() == null) {
            return Optional.empty();
        }
        ElementValue value = byElementAndKey.get(element.getId() + "\n" + key);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.display().isBlank()) {
            return Optional.of(value.display());
        }
        String number = CellText.fixed(value.value(), 3);
        return Optional.of(key.equals("r2") ? "R² = " + number : number);
    }
}
