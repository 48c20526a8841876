package org.synergos.workbench.glsp.internal.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.format.CellText;

/**
 * An engine's results drawn on the diagram, like SmartPLS: β with stars and t on paths, R² in constructs,
 * loadings on indicator links. Engines supply the display text, so the diagram says what their tables say.
 */
public final class Overlay {

    public static final Overlay NONE = new Overlay("", Map.of());

    private static final List<String> KEYS = List.of("beta", "indirect", "r2", "loading");

    private final String engineId;
    private final Map<String, Map<String, ElementValue>> byElement;

    private Overlay(String engineId, Map<String, Map<String, ElementValue>> byElement) {
        this.engineId = engineId;
        this.byElement = byElement;
    }

    public static Overlay of(AnalysisResult result) {
        Map<String, Map<String, ElementValue>> values = new HashMap<>();
        for (ElementValue value : result.elementValues()) {
            values.computeIfAbsent(value.elementId(), id -> new HashMap<>()).putIfAbsent(value.key(), value);
        }
        return new Overlay(result.engineId(), values);
    }

    public String engineId() {
        return engineId;
    }

    public boolean isEmpty() {
        return byElement.isEmpty();
    }

    /** The overlay lines of an element, keyed by what they show ({@code beta}, {@code r2}, ...), in a fixed order. */
    public Map<String, String> lines(String elementId) {
        Map<String, ElementValue> values = byElement.getOrDefault(elementId, Map.of());
        Map<String, String> lines = new LinkedHashMap<>();
        for (String key : KEYS) {
            ElementValue value = values.get(key);
            if (value != null) {
                lines.put(key, text(value));
            }
        }
        return lines;
    }

    /**
     * The overlay lines an edge shows: an element edge (a path) its own estimates, a relation edge (a
     * measurement link) its target's (the indicator's loading); never an R².
     */
    public Map<String, String> edgeLines(org.synergos.diagram.DiagramEdge edge) {
        Map<String, String> lines = lines(subject(edge));
        lines.remove("r2");
        return lines;
    }

    public boolean edgeSignificant(org.synergos.diagram.DiagramEdge edge) {
        return significant(subject(edge));
    }

    private static String subject(org.synergos.diagram.DiagramEdge edge) {
        return edge.elementId() != null ? edge.elementId() : edge.targetId();
    }

    /** Whether the element's estimate is significant at 5 % (when the engine reported a p value). */
    public boolean significant(String elementId) {
        return Optional.ofNullable(byElement.getOrDefault(elementId, Map.of()).get("p"))
                .map(p -> p.value() < 0.05).orElse(false);
    }

    private static String text(ElementValue value) {
        String shown = value.display().isBlank() ? CellText.fixed(value.value(), 3) : value.display();
        return switch (value.key()) {
            case "r2" -> shown.startsWith("R²") ? shown : "R² = " + shown;
            case "beta" -> "β = " + shown;
            default -> shown;
        };
    }
}
