package org.synergos.data.spss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.synergos.data.MissingValues;
import org.synergos.testing.TestResources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The .sav/.zsav files written by R's haven 2.5.1 (ReadStat) with {@code reference/regenerate-haven.R} in
 * org.synergos.testing, compared cell by cell and label by label with what haven itself reads back
 * ({@code read_sav(user_na = TRUE)}, saved as JSON beside each file). Numbers must be equal exactly (both
 * sides read the same IEEE doubles), strings and labels character for character.
 */
class HavenSavFilesTest {

    @ParameterizedTest
    @ValueSource(strings = { "survey-uncompressed.sav", "survey-bytecode.sav", "survey.zsav" })
    void everyCellAndLabelIsAsHavenReadsIt(String name) throws IOException, DataFormatException {
        Path file = TestResources.path("reference/" + name);
        JsonNode expected = new ObjectMapper().readTree(TestResources.path("reference/" + name + ".json").toFile());
        Dataset data = new SavDatasetReader().read(file);
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
            List<String> codes = new ArrayList<>();
            variable.get("na_values").forEach(v -> codes.add(code(v, string)));
            assertEquals(codes, metadata.missingValues().codes(), where + " missing values");
            JsonNode range = variable.get("na_range");
            assertEquals(range.isNull() ? List.of()
                    : List.of(new MissingValues.Range(range.get(0).asDouble(), range.get(1).asDouble())),
                    metadata.missingValues().ranges(), where + " missing range");
            assertEquals(string, metadata.storageType().orElseThrow().startsWith("A"), where + " type");
            for (int row = 0; row < data.rowCount(); row++) {
                JsonNode cell = variable.get("values").get(row);
                String at = where + " case " + (row + 1);
                if (cell.isNull()) {
                    assertNull(column.rawText(row), at);
                    assertTrue(column.isMissing(row), at);
                    continue;
                }
                boolean declared = metadata.missingValues().matches(code(cell, string));
                assertEquals(declared, column.isDeclaredMissing(row), at + " declared missing");
                assertEquals(declared, column.isMissing(row), at + " missing");
                if (string) {
                    assertEquals(cell.asText(), column.rawText(row), at);
                } else {
                    assertEquals(cell.asDouble(), Double.parseDouble(column.rawText(row)), 0.0, at);
                    assertEquals(declared ? Double.NaN : cell.asDouble(), column.value(row), 0.0, at);
                }
            }
        }
        // what the file adds beyond haven's view
        assertEquals(ColumnMetadata.Measure.SCALE, data.column("age").metadata().measure().orElseThrow());
        String noteType = data.column("note").metadata().storageType().orElseThrow();
        assertTrue(noteType.matches("A\\d+") && Integer.parseInt(noteType.substring(1)) > 255, noteType);
        assertTrue(data.column("note").rawText(0).length() > 255, "a very long string is joined from its segments");
        assertFalse(data.column("id").metadata().missingValues().matches("1"));
        // record 7.21 and 7.22: labels and a missing value of a string wider than 8 bytes
        assertEquals("Strong agreement", data.column("answer").valueLabel(0).orElseThrow());
        assertEquals(List.of("no answe"), data.column("answer").metadata().missingValues().codes());
    }

    @ParameterizedTest
    @ValueSource(strings = { "survey-uncompressed.sav", "survey-bytecode.sav", "survey.zsav" })
    void headerReadsTheNamesOnly(String name) throws DataFormatException {
        List<String> header = new SavDatasetReader().readHeader(TestResources.path("reference/" + name));
        assertEquals("a_rather_long_variable_name_beyond_eight", header.get(7));
        assertEquals("answer", header.get(8));
        assertEquals("\u5e74\u9f84\u7ec4", header.get(9));
    }

    private static String code(JsonNode value, boolean string) {
        return string ? value.asText() : org.synergos.data.NumericText.format(value.asDouble());
    }
}
