package org.synergos.analysis.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;

class ResultJsonTest {

    private static final EngineDescriptor ENGINE = new EngineDescriptor("pls-sem", "PLS-SEM", "1.0.0", "", List.of());

    private static AnalysisResult sample() {
        ResultTable paths = ResultTable.builder("paths", "Structural model")
                .column(ResultColumn.text("path", "Path"))
                .column(ResultColumn.decimal("beta", "β", 3))
                .column(ResultColumn.pValue("p", "p"))
                .row("NQPF → CIP", 0.317, 1e-9)
                .row("DT → CIP", 0.616, Double.NaN)
                .note("5,000 bootstrap resamples").build();
        return AnalysisResult.builder(ENGINE).table(paths)
                .value(new ElementValue("h1", "beta", 0.317, "0.317***"))
                .message(Message.warning("HTMT above 0.85", "c-dt").at("model.synergos"))
                .provenance("seed", 42).provenance("n", 314).build();
    }

    @Test
    void roundTripsEveryPart() throws Exception {
        AnalysisResult original = sample();
        AnalysisResult read = ResultJson.read(ResultJson.write(original));
        assertEquals(original.engineId(), read.engineId());
        assertEquals(original.status(), read.status());
        assertEquals(original.elementValues(), read.elementValues());
        assertEquals(original.messages(), read.messages());
        assertEquals(original.provenance(), read.provenance());
        ResultTable table = read.table("paths").orElseThrow();
        assertEquals(original.tables().get(0).columns(), table.columns());
        assertEquals(0.317, table.number("NQPF → CIP", "beta"));
        assertNull(table.cell("DT → CIP", "p"), "undefined numbers become empty cells");
        assertEquals(List.of("5,000 bootstrap resamples"), table.notes());
    }

    @Test
    void outputIsDeterministic() {
        assertEquals(ResultJson.write(sample()), ResultJson.write(sample()));
        assertTrue(ResultJson.write(sample()).indexOf("\"elementValues\"") < ResultJson.write(sample())
                .indexOf("\"engineId\""), "properties sorted");
    }

    @Test
    void theSchemaVersionComesFirstAndUndefinedValuesAreNull() throws Exception {
        AnalysisResult result = AnalysisResult.builder(ENGINE).value(ElementValue.of("h1", "p", Double.NaN)).build();
        String json = ResultJson.write(result);
        assertTrue(json.startsWith("{\n  \"schemaVersion\" : \"1.0\",\n"), json);
        assertTrue(json.contains("\"value\" : null"), "standard JSON, no NaN token: " + json);
        assertTrue(Double.isNaN(ResultJson.read(json).elementValues().get(0).value()));
    }

    @Test
    void readsEarlierFilesAndLaterMinorVersionsButRefusesAnotherMajor() throws Exception {
        String json = ResultJson.write(sample());
        assertEquals(sample().provenance(), ResultJson.read(json.replace("  \"schemaVersion\" : \"1.0\",\n", ""))
                .provenance(), "a file written before the schema was versioned");
        String later = json.replace("\"schemaVersion\" : \"1.0\",", "\"schemaVersion\" : \"1.3\", \"addedIn13\" : 1,");
        assertEquals(sample().provenance(), ResultJson.read(later).provenance(), "1.3 adds a property 1.0 skips");
        IOException major = assertThrows(IOException.class,
                () -> ResultJson.read(json.replace("\"schemaVersion\" : \"1.0\"", "\"schemaVersion\" : \"2.0\"")));
        assertEquals("analysis result of schema version '2.0': this runtime reads 1.x", major.getMessage());
    }
}
