package org.synergos.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EPackage;
import org.synergos.diagram.internal.DescriptionChecker;
import org.synergos.model.SynergosPackage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads diagram descriptions from JSON and checks them against the metamodel, so that a misspelt class or
 * feature fails when the description is loaded (naming the file and the mapping) instead of silently
 * producing an empty diagram. The six built-in descriptions ship in the bundle's {@code descriptions/}
 * folder.
 */
public final class DiagramDescriptions {

    /** Ids of the descriptions shipped in {@code descriptions/<id>.json}, in palette order. */
    public static final List<String> BUILT_IN_IDS = List.of("sem-path", "actor-network", "causal-map",
            "implementation-path", "event-timeline", "stock-flow");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Map<String, DiagramDescription> BUILT_INS = new LinkedHashMap<>();

    private DiagramDescriptions() {
    }

    /** The built-in description {@code id}. */
    public static synchronized DiagramDescription builtIn(String id) {
        if (!BUILT_IN_IDS.contains(id)) {
            throw new IllegalArgumentException("no built-in diagram description '" + id + "'; known: " + BUILT_IN_IDS);
        }
        return BUILT_INS.computeIfAbsent(id, DiagramDescriptions::loadBuiltIn);
    }

    /** All built-in descriptions, in {@link #BUILT_IN_IDS} order. */
    public static List<DiagramDescription> builtIns() {
        return BUILT_IN_IDS.stream().map(DiagramDescriptions::builtIn).toList();
    }

    /**
     * Reads one description and checks it against {@code metamodel}.
     *
     * @throws IllegalArgumentException naming {@code sourceName} when the JSON is malformed or the description
     *                                  refers to classes or features the metamodel lacks
     */
    public static DiagramDescription read(InputStream json, String sourceName, EPackage metamodel) {
        DiagramDescription description;
        try {
            description = JSON.readValue(json, DiagramDescription.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(sourceName + ": not a valid diagram description: "
                    + originalMessage(e), e);
        }
        List<String> problems = DescriptionChecker.check(description, metamodel);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(sourceName + ": " + String.join("; ", problems));
        }
        return description;
    }

    private static String originalMessage(IOException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? e.getMessage() : e.getMessage() + " (" + cause.getMessage() + ")";
    }

    private static DiagramDescription loadBuiltIn(String id) {
        String resource = "/descriptions/" + id + ".json";
        try (InputStream in = DiagramDescriptions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundle resource " + resource + " is missing");
            }
            return read(in, resource, SynergosPackage.eINSTANCE);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
