package org.synergos.data.stata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synergos.data.ColumnMetadata;
import org.synergos.data.DataColumn;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.data.NumericText;
import org.synergos.testing.TestResources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The .dta files (formats 117, 118, 119) written by R's haven 2.5.1 (ReadStat) with
 * {@code reference/regenerate-haven.R} in org.synergos.testing, compared cell by cell and label by label
 * with what haven itself reads back ({@code read_dta}, saved as JSON beside each file; a tagged missing
 * value {@code .a} is {@code {"missing": "a"}}). Numbers must be equal exactly, strings and labels
 * character for character.
 */
class HavenDtaFilesTest {

    static final String[] FILES = { "survey-117.dta", "survey-118.dta", "survey-119.dta" };

    @ParameterizedTest
    @ValueSource(strings = { "survey-117.dta", "survey-118.dta", "survey-119.dta" })
    void everyCellAndLabelIsAsHavenReadsIt(String name) throws IOException, DataFormatException {
        Path file = TestResources.path("reference/" + name);
        JsonNode expected = new ObjectMapper().readTree(TestResources.path("reference/" + name + ".json").toFile());
        Dataset data = new DtaDatasetReader().read(file);
        compare(name, expected, data);
    }

    static void compare(String name, JsonNode expected, Dataset data) {
        assertEquals(expected.get("rows").asInt(), data.rowCount());
        List<String> names = new ArrayList<>();
        expected.get("variables").forEach(v -> names.add(v.get("name").asText()));
        assertEquals(names, data.columnNames());
        for (JsonNode variable : expected.get("variables")) {
            DataColumn column = data.column(variable.get("name").asText());
            ColumnMetadata metadata = column.metadata();
            String where = name + " " + column.name();
            JsonNode label = variable.get("label");
            assertEquals(label.isNull() ? null : label.asText(), metadata.label().orElse(null), where + " label");
            boolean string = variable.get("type").asText().equals("string");
            Map<String, String> labels = new LinkedHashMap<>();
            for (JsonNode entry : variable.get("labels")) {
                labels.put(code(entry.get("value"), string), entry.get("label").asText());
            }
            assertEquals(labels, metadata.valueLabels(), where + " value labels");
            assertEquals(string, metadata.storageType().orElseThrow().startsWith("str"), where + " type");
            for (int row = 0; row < data.rowCount(); row++) {
                JsonNode cell = variable.get("values").get(row);
                String at = where + " observation " + (row + 1);
                if (cell.isNull()) {
                    assertNull(column.rawText(row), at);
                    assertTrue(column.isMissing(row), at);
                } else if (cell.isObject()) {
                    assertEquals("." + cell.get("missing").asText(), column.rawText(row), at);
                    assertTrue(column.isDeclaredMissing(row), at);
                    assertTrue(Double.isNaN(column.value(row)), at);
                } else if (string) {
                    assertEquals(cell.asText(), column.rawText(row), at);
                } else {
                    assertEquals(cell.asDouble(), column.value(row), 0.0, at);
                    assertEquals(false, column.isDeclaredMissing(row), at);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "survey-117.dta", "survey-118.dta", "survey-119.dta" })
    void headerReadsTheNamesOnly(String name) throws DataFormatException {
        assertEquals(List.of("id", "weight", "rating", "town", "big", "memo"),
                new DtaDatasetReader().readHeader(TestResources.path("reference/" + name)));
    }

    static String code(JsonNode value, boolean string) {
        if (value.isObject()) {
            return "." + value.get("missing").asText();
        }
        return string ? value.asText() : NumericText.format(value.asDouble());
    }
}
