package org.synergos.analysis.api.json;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.synergos.analysis.api.AnalysisResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON form of {@link AnalysisResult}s: the exchange format between engines, the workbench, reports
 * and tests. Output is deterministic (sorted properties, stable order of lists) so identical runs give
 * identical files. It follows the versioned schema in {@code docs/schema/} ({@code schemaVersion} first,
 * major.minor: a minor version only adds optional properties); undefined numbers are {@code null}, so the
 * files are standard JSON.
 */
public final class ResultJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /** Properties a later 1.x adds are skipped, so 1.0 readers keep reading what 1.y writes. */
    private static final ObjectReader READER = MAPPER.readerFor(AnalysisResult.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String VERSION_PROPERTY = "schemaVersion";
    private static final String SCHEMA_MAJOR = "1";
    private static final String SCHEMA_VERSION = SCHEMA_MAJOR + ".0";

    private ResultJson() {
    }

    public static String write(AnalysisResult result) {
        ObjectNode tree = MAPPER.valueToTree(result);
        for (JsonNode value : tree.path("elementValues")) {
            JsonNode number = value.path("value");
            if (number.isNumber() && !Double.isFinite(number.doubleValue())) {
                ((ObjectNode) value).putNull("value");
            }
        }
        ObjectNode versioned = MAPPER.createObjectNode().put(VERSION_PROPERTY, SCHEMA_VERSION);
        versioned.setAll(tree);
        try {
            return MAPPER.writeValueAsString(versioned);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a result of schema version 1.x, or one written before the schema was versioned.
     *
     * @throws IOException naming the version when it is another major version, or when the JSON is not a result
     */
    public static AnalysisResult read(String json) throws IOException {
        JsonNode tree = MAPPER.readTree(json);
        if (!(tree instanceof ObjectNode result)) {
            throw new IOException("not an analysis result: the JSON is not an object");
        }
        JsonNode version = result.remove(VERSION_PROPERTY);
        if (version != null && !version.asText().startsWith(SCHEMA_MAJOR + ".")) {
            throw new IOException("analysis result of schema version '" + version.asText() + "': this runtime reads "
                    + SCHEMA_MAJOR + ".x");
        }
        for (JsonNode value : result.path("elementValues")) {
            if (value.path("value").isNull()) {
                ((ObjectNode) value).put("value", Double.NaN);
            }
        }
        return READER.readValue(result);
    }
}
