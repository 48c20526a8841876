package org.synergos.analysis.api.json;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.synergos.analysis.api.AnalysisResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON form of {@link AnalysisResult}s: the exchange format between engines, the workbench, reports
 * and tests. Output is deterministic (sorted properties, stable order of lists) so identical runs give
 * identical files.
 */
public final class ResultJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ResultJson() {
    }

    public static String write(AnalysisResult result) {
        try {
            return MAPPER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AnalysisResult read(String json) throws IOException {
        return MAPPER.readValue(json, AnalysisResult.class);
    }
}
