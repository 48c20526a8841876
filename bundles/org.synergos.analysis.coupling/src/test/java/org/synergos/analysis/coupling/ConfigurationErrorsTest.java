package org.synergos.analysis.coupling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.data.Dataset;
import org.synergos.sdk.testkit.EngineHarness;

/** Bad configurations and data are refused with the file, the line and the subsystem, indicator or cell. */
class ConfigurationErrorsTest {

    @TempDir
    Path study;

    private static final String DATA = """
            year,a1,a2,b1,b2
            2001,1,10,5,0.3
            2002,2,12,4,0.5
            2003,4,11,6,0.4
            2004,3,15,8,0.9
            """;

    /** Two subsystems A (a1, a2) and B (b1, b2); line 5 is a1's, line 9 is b1's. */
    private static final String CONFIG = """
            {
              "idColumn": "year",
              "subsystems": [
                {"id": "A", "indicators": [
                  {"column": "a1", "direction": "positive"},
                  {"column": "a2", "direction": "negative"}
                ]},
                {"id": "B", "indicators": [
                  {"column": "b1", "direction": "positive"},
                  {"column": "b2", "direction": "positive"}
                ]}
              ]
            }
            """;

    @BeforeEach
    void writeData() throws Exception {
        Files.writeString(study.resolve("data.csv"), DATA);
    }

    private String refused(String data, String config, Map<String, String> parameters) throws Exception {
        Files.writeString(study.resolve("data.csv"), data);
        Files.writeString(study.resolve("coupling.json"), config);
        return assertThrows(AnalysisException.class, () -> EngineHarness.onCsv(new CouplingCoordinationEngine(),
                study.resolve("data.csv"), parameters)).getMessage();
    }

    private String refused(String config) throws Exception {
        return refused(DATA, config, Map.of());
    }

    private String dataFile() {
        return study.resolve("data.csv").toString();
    }

    @Test
    void theValidConfigurationRuns() throws Exception {
        Files.writeString(study.resolve("coupling.json"), CONFIG);
        assertEquals(4, EngineHarness.onCsv(new CouplingCoordinationEngine(), study.resolve("data.csv"), Map.of())
                .table("coupling-coordination").orElseThrow().rows().size());
    }

    @Test
    void anUnknownColumnIsNamedWithTheColumnsThereAre() throws Exception {
        assertEquals("coupling.json:9: subsystem 'B', indicator 'b3': the column is not in data.csv (columns: year, a1,"
                + " a2, b1, b2)", refused(CONFIG.replace("\"b1\"", "\"b3\"")));
        assertEquals("coupling.json:2: the id column 'period' is not in data.csv (columns: year, a1, a2, b1, b2)",
                refused(CONFIG.replace("\"year\"", "\"period\"")));
    }

    @Test
    void aConstantColumnIsRefused() throws Exception {
        assertEquals("coupling.json:9: subsystem 'B', indicator 'b1': the column is constant in data.csv (every row is"
                + " 7), so max = min and min–max normalisation divides by zero; an indicator that does not vary carries"
                + " no information: leave it out",
                refused(DATA.replaceAll(",\\d,(0\\.\\d)\n", ",7,$1\n"), CONFIG, Map.of()));
    }

    @Test
    void aMissingValueNamesTheLineTheColumnAndTheRow() throws Exception {
        assertEquals(dataFile() + ":4 (column 'a2'): the value is missing (row 3, year 2003); the entropy weight method needs"
                + " every indicator observed in every row: fill the value or leave the row out",
                refused(DATA.replace("2003,4,11,", "2003,4,NA,"), CONFIG, Map.of()));
        assertEquals(dataFile() + ":3 (column 'b2'): the value is missing (row 2, year 2002); the entropy weight method needs"
                + " every indicator observed in every row: fill the value or leave the row out",
                refused(DATA.replace("2002,2,12,4,0.5", "2002,2,12,4,"), CONFIG, Map.of()));
    }

    @Test
    void aNonNumericCellNamesItsLineAndColumn() throws Exception {
        assertEquals(dataFile() + ":5 (column 'b1'): 'eight' is not a number",
                refused(DATA.replace("2004,3,15,8,", "2004,3,15,eight,"), CONFIG, Map.of()));
        assertEquals(dataFile() + ":3 (column 'a2'): '12,5' is not a number (it has a decimal comma: save the file with '.'"
                + " as the decimal separator, as CSV requires)",
                refused(DATA.replace("2002,2,12,", "2002,2,\"12,5\","), CONFIG, Map.of()));
    }

    @Test
    void fewerThanTwoSubsystemsAreRefused() throws Exception {
        assertEquals("coupling.json:3: 'subsystems' lists 1 subsystem(s); a coupling degree needs at least 2",
                refused(CONFIG.replaceAll("(?s),\n    \\{\"id\": \"B\".*?\\]\\}", "")));
        assertEquals("coupling.json:1: the configuration file has no 'subsystems'", refused("{\"idColumn\": \"year\"}"));
    }

    @Test
    void alphaMustSumToOne() throws Exception {
        assertEquals("coupling.json:3: the subsystems' alpha values sum to 0.9, not 1 (T = Σ α_i U_i weighs the"
                + " subsystems; A 0.5, B 0.4)",
                refused(CONFIG.replace("{\"id\": \"A\",", "{\"id\": \"A\", \"alpha\": 0.5,")
                        .replace("{\"id\": \"B\",", "{\"id\": \"B\", \"alpha\": 0.4,")));
        assertEquals("coupling.json:8: subsystem 'B' has no 'alpha' while other subsystems have one: give every"
                + " subsystem's α, or none (equal weights)",
                refused(CONFIG.replace("{\"id\": \"A\",", "{\"id\": \"A\", \"alpha\": 0.5,")));
        assertEquals("coupling.json:4: the alpha of subsystem 'A' must be a number from 0 to 1, not \"0.5\"",
                refused(CONFIG.replace("{\"id\": \"A\",", "{\"id\": \"A\", \"alpha\": \"0.5\",")
                        .replace("{\"id\": \"B\",", "{\"id\": \"B\", \"alpha\": 0.5,")));
        Files.writeString(study.resolve("coupling.json"), CONFIG.replace("{\"id\": \"A\",", "{\"id\": \"A\", \"alpha\": 0.35,")
                .replace("{\"id\": \"B\",", "{\"id\": \"B\", \"alpha\": 0.65,"));
        assertEquals("from coupling.json", EngineHarness.onCsv(new CouplingCoordinationEngine(), study.resolve("data.csv"),
                Map.of()).provenance().get("alpha"), "0.35 + 0.65 sums to 1 up to rounding");
    }

    @Test
    void indicatorProblemsNameTheSubsystemAndIndicator() throws Exception {
        assertEquals("coupling.json:6: subsystem 'A', indicator 'a2': the direction must be \"positive\" or \"negative\","
                + " not \"cost\"", refused(CONFIG.replace("\"negative\"", "\"cost\"")));
        assertEquals("coupling.json:10: subsystem 'B', indicator 'b2' has no 'direction' (\"positive\": larger is better,"
                + " \"negative\": smaller is better)",
                refused(CONFIG.replace("{\"column\": \"b2\", \"direction\": \"positive\"}", "{\"column\": \"b2\"}")));
        assertEquals("coupling.json:9: subsystem 'B', indicator 'a1': the column is already an indicator (line 5); an"
                + " indicator belongs to one subsystem", refused(CONFIG.replace("\"b1\"", "\"a1\"")));
        assertEquals("coupling.json:5: subsystem 'A', indicator 'year': the column is the id column ('idColumn'), which"
                + " labels the rows", refused(CONFIG.replace("\"a1\"", "\"year\"")));
        assertEquals("coupling.json:10: an indicator of subsystem 'B' has an unknown key 'weight' (allowed: column,"
                + " direction, element, name)", refused(CONFIG.replace("\"b2\", \"direction\": \"positive\"",
                        "\"b2\", \"direction\": \"positive\", \"weight\": 0.5")));
        assertEquals("coupling.json:8: subsystem 'B' has no indicators",
                refused(CONFIG.replaceAll("(?s)\\{\"id\": \"B\", \"indicators\": \\[.*?\\]\\}", "{\"id\": \"B\", \"indicators\": []}")));
        assertEquals("coupling.json:8: subsystem id 'A' is used twice (first at line 4)",
                refused(CONFIG.replace("{\"id\": \"B\"", "{\"id\": \"A\"")));
    }

    @Test
    void badRowIdsAreRefused() throws Exception {
        assertEquals(dataFile() + ":4 (column 'year'): the id '2002' is used twice (first on line 3); every row needs its own"
                + " id", refused(DATA.replace("2003,", "2002,"), CONFIG, Map.of()));
        assertEquals(dataFile() + ":5 (column 'year'): the row's id is missing (the configuration's 'idColumn' labels every"
                + " row)", refused(DATA.replace("2004,", ","), CONFIG, Map.of()));
    }

    @Test
    void oneRowIsNotEnough() throws Exception {
        assertEquals("coupling.json: data.csv has 1 row(s); entropy weights need at least 2 (k = 1/ln m)",
                refused("year,a1,a2,b1,b2\n2001,1,10,5,0.3\n", CONFIG, Map.of()));
    }

    @Test
    void invalidJsonNamesTheLine() throws Exception {
        assertTrue(refused("{\n  \"idColumn\": \"year\",\n  \"subsystems\": [\n}\n").startsWith("coupling.json:4: not valid JSON: "));
        assertTrue(refused("{\"idColumn\": \"year\",\n\"idColumn\": \"year\"}")
                .startsWith("coupling.json:2: not valid JSON: Duplicate field 'idColumn'"));
        assertEquals("coupling.json:2: the configuration file has an unknown key 'alpha' (allowed: description, idColumn,"
                + " subsystems)", refused(CONFIG.replace("\"idColumn\"", "\"alpha\": [0.5, 0.5],\n  \"idColumn\"")));
    }

    @Test
    void anUnknownModelElementIsRefused() throws Exception {
        Files.writeString(study.resolve("model.synergos"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <synergos:Framework xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:synergos="http://synergos.org/model/1.0" id="framework" name="errors">
                  <constructs id="construct.A" name="A" code="A" mode="COMPOSITE" weighting="MODE_B"/>
                  <dataSources id="dataSource.data" name="data" path="data.csv"/>
                </synergos:Framework>
                """);
        Files.writeString(study.resolve("coupling.json"), CONFIG.replace("{\"id\": \"A\",", "{\"id\": \"A\", \"element\": \"construct.A\",")
                .replace("{\"id\": \"B\",", "{\"id\": \"B\", \"element\": \"construct.B\","));
        assertEquals("coupling.json:8: subsystem 'B' refers to model element 'construct.B', which the study's model does"
                + " not have", assertThrows(AnalysisException.class,
                        () -> EngineHarness.onModel(new CouplingCoordinationEngine(), study, Map.of())).getMessage());
    }

    @Test
    void theConfigurationFileMustBeThereAndInsideTheFolder() throws Exception {
        assertEquals("the configuration file 'tfi.json' (parameter 'configuration') is not in " + study.toAbsolutePath()
                + "; see the coupling-coordination plugin's README for its format",
                assertThrows(AnalysisException.class, () -> EngineHarness.onCsv(new CouplingCoordinationEngine(),
                        study.resolve("data.csv"), Map.of("configuration", "tfi.json"))).getMessage());
        assertEquals("the configuration file '../coupling.json' (parameter 'configuration') is outside the data file's"
                + " folder " + study.toAbsolutePath(),
                assertThrows(AnalysisException.class, () -> EngineHarness.onCsv(new CouplingCoordinationEngine(),
                        study.resolve("data.csv"), Map.of("configuration", "../coupling.json"))).getMessage());
    }

    @Test
    void parametersOutOfRangeAreRefusedByName() throws Exception {
        Files.writeString(study.resolve("coupling.json"), CONFIG);
        for (Map<String, String> bad : List.of(Map.of("shift", "-0.1"), Map.of("weighting", "global"), Map.of("k", "2"))) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> EngineHarness.onCsv(
                    new CouplingCoordinationEngine(), study.resolve("data.csv"), bad));
            assertTrue(e.getMessage().contains(bad.keySet().iterator().next()), e.getMessage());
        }
    }

    /** With shift 0 a row where every indicator is at its worst has every U = 0: C = 0/0, left empty and named. */
    @Test
    void aRowWithEveryIndexZeroIsLeftEmptyAndNamed() throws Exception {
        Files.writeString(study.resolve("data.csv"), DATA.replace("2002,2,12,4,0.5", "2002,1,15,4,0.3"));
        Files.writeString(study.resolve("coupling.json"), CONFIG);
        org.synergos.analysis.api.AnalysisResult result = EngineHarness.onCsv(new CouplingCoordinationEngine(),
                study.resolve("data.csv"), Map.of("shift", "0"));
        org.synergos.analysis.api.ResultTable coordination = result.table("coupling-coordination").orElseThrow();
        assertEquals(0, result.table("coupling-indices").orElseThrow().number("2002", "U.A"), 0);
        assertEquals(0, result.table("coupling-indices").orElseThrow().number("2002", "U.B"), 0);
        assertTrue(Double.isNaN(coordination.number("2002", "C")));
        assertTrue(Double.isNaN(coordination.number("2002", "D")));
        assertEquals(null, coordination.cell("2002", "level"));
        assertEquals(0, coordination.number("2002", "T"), 0);
        assertEquals(List.of("row 2002: every subsystem's index is 0 (with shift 0, each indicator at its worst value),"
                + " so C = 0/0 and D are undefined"), result.messages().stream().map(m -> m.text()).toList());
        assertTrue(coordination.number("2004", "D") > 0, "the other rows are computed");
    }

    @Test
    void aCancelledRunStops() throws Exception {
        Files.writeString(study.resolve("coupling.json"), CONFIG);
        Dataset data = new org.synergos.data.csv.CsvDatasetReader().read(study.resolve("data.csv"));
        org.synergos.analysis.api.AnalysisMonitor cancelled = new org.synergos.analysis.api.AnalysisMonitor() {
            @Override
            public void begin(String phase, long totalUnits) {
            }

            @Override
            public void worked(long units) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        CouplingCoordinationEngine engine = new CouplingCoordinationEngine();
        assertThrows(java.util.concurrent.CancellationException.class, () -> engine.run(
                new org.synergos.analysis.api.AnalysisRequest(AnalysisInput.ofData(data),
                        org.synergos.analysis.api.Parameters.resolve(engine.descriptor(), Map.of()), null), cancelled));
    }

    @Test
    void withoutDataTheEngineSaysWhy() {
        assertEquals(List.of("needs a data set: rows are periods or regions, columns the indicators"),
                new CouplingCoordinationEngine().applicability(AnalysisInput.ofData(null)).reasons());
        Dataset inMemory = Dataset.builder("in memory").columns(List.of("a")).row(1.0).row(2.0).build();
        assertEquals(List.of("needs a study or a data file: the configuration file (parameter 'configuration') is read"
                + " from its folder"), new CouplingCoordinationEngine().applicability(AnalysisInput.ofData(inMemory)).reasons());
    }
}
