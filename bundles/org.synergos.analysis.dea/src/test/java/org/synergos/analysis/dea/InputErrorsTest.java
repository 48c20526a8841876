package org.synergos.analysis.dea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.sdk.testkit.EngineHarness;

/** Bad input is refused with the file, line, column and DMU; what DEA cannot compute is named. */
class InputErrorsTest {

    @TempDir
    Path folder;

    static final String HEADER = "dmu,year,x1,x2,y\n";
    static final String GOOD = "A,1,2,3,4\nB,1,3,2,5\nC,1,4,4,4\nD,1,5,1,3\nE,1,2,2,2\n";

    Path csv(String content) throws Exception {
        Path file = folder.resolve("units.csv");
        Files.writeString(file, content);
        return file;
    }

    AnalysisResult run(AnalysisEngine engine, String content, Map<String, String> extra) throws Exception {
        Map<String, String> parameters = new HashMap<>(Map.of("dmu", "dmu", "inputs", "x1,x2", "outputs", "y"));
        parameters.putAll(extra);
        return EngineHarness.onCsv(engine, csv(content), parameters);
    }

    String refused(AnalysisEngine engine, String content, Map<String, String> extra) {
        return assertThrows(AnalysisException.class, () -> run(engine, content, extra)).getMessage();
    }

    @Test
    void nonPositiveInputNamesFileLineColumnAndDmu() {
        String message = refused(new DeaEngine(), HEADER + GOOD + "F,1,0,3,4\n", Map.of());
        assertEquals("units.csv:7: input 'x1' of DMU 'F' is 0; inputs and outputs must be positive (DEA's ratios and the"
                + " Malmquist index's distance functions are defined for positive data)", message);
        assertTrue(refused(new DeaEngine(), HEADER + GOOD + "F,1,1,3,-4\n", Map.of())
                .startsWith("units.csv:7: output 'y' of DMU 'F' is -4;"));
    }

    @Test
    void missingAndNonNumericCellsAreNamed() {
        assertEquals("units.csv:3: input 'x2' of DMU 'B' is missing; DEA needs every input and output of every DMU",
                refused(new DeaEngine(), HEADER + "A,1,2,3,4\nB,1,3,,5\nC,1,4,4,4\nD,1,5,1,3\nE,1,2,2,2\n", Map.of()));
        assertEquals("units.csv:4: output 'y' of DMU 'C' is 'many', not a number",
                refused(new DeaEngine(), HEADER + "A,1,2,3,4\nB,1,3,2,5\nC,1,4,4,many\nD,1,5,1,3\nE,1,2,2,2\n", Map.of()));
        assertEquals("units.csv:3: the DMU id (column 'dmu') is missing",
                refused(new DeaEngine(), HEADER + "A,1,2,3,4\n,1,3,2,5\nC,1,4,4,4\nD,1,5,1,3\nE,1,2,2,2\n", Map.of()));
    }

    @Test
    void unknownAndRepeatedColumnsAreNamed() {
        assertEquals("units.csv has no column 'x9' (parameter 'inputs'; columns: dmu, year, x1, x2, y)",
                refused(new DeaEngine(), HEADER + GOOD, Map.of("inputs", "x1,x9")));
        assertEquals("units.csv has no column 'region' (parameter 'dmu'; columns: dmu, year, x1, x2, y)",
                refused(new DeaEngine(), HEADER + GOOD, Map.of("dmu", "region")));
        assertTrue(refused(new DeaEngine(), HEADER + GOOD, Map.of("outputs", "y,x2"))
                .startsWith("column 'x2' is named twice (parameter 'inputs' and parameter 'outputs')"));
        assertTrue(refused(new DeaEngine(), HEADER + GOOD, Map.of("inputs", ""))
                .startsWith("parameter 'inputs' names no input column"));
        assertTrue(refused(new DeaEngine(), HEADER + GOOD, Map.of("dmu", ""))
                .startsWith("parameter 'dmu' must name the column of DMU ids in units.csv"));
    }

    @Test
    void duplicateDmuIdsAreRefusedWithBothLines() {
        assertEquals("units.csv:7: DMU 'B' appears twice (also on line 3); each DMU must have one row",
                refused(new DeaEngine(), HEADER + GOOD + "B,1,1,1,1\n", Map.of()));
        assertEquals("units.csv:7: DMU 'B' appears twice in period 1 (also on line 3); each DMU must have one row per period",
                refused(new MalmquistEngine(), HEADER + GOOD + "B,1,1,1,1\n", Map.of("period", "year")));
    }

    @Test
    void tooFewDmusAreRefused() {
        assertEquals("units.csv has 3 DMUs for 2 inputs and 1 output: DEA needs more DMUs than inputs and outputs together"
                + " (at least 4), and the rule of thumb of Cooper, Seiford & Tone (2007) asks for max(m·s, 3(m + s)) = 9",
                refused(new DeaEngine(), HEADER + "A,1,2,3,4\nB,1,3,2,5\nC,1,4,4,4\n", Map.of()));
        assertTrue(refused(new MalmquistEngine(), HEADER + GOOD + "A,2,2,3,4\nB,2,3,2,5\n", Map.of("period", "year"))
                .startsWith("units.csv, period 2 has 2 DMUs for 2 inputs and 1 output"));
    }

    @Test
    void belowTheRuleOfThumbIsAWarning() throws Exception {
        AnalysisResult result = run(new DeaEngine(), HEADER + GOOD, Map.of());
        assertTrue(result.messages().stream().anyMatch(m -> m.text().equals("units.csv has 5 DMUs for 2 inputs and 1 output,"
                + " fewer than the rule of thumb n ≥ max(m·s, 3(m + s)) = 9 (Cooper, Seiford & Tone 2007): the scores"
                + " discriminate poorly")), result.messages().toString());
    }

    @Test
    void malmquistNeedsAPeriodColumnAndTwoPeriods() {
        assertTrue(refused(new MalmquistEngine(), HEADER + GOOD, Map.of())
                .startsWith("parameter 'period' must name the period column of units.csv"));
        assertEquals("units.csv has 1 period in column 'year' (1): the Malmquist index needs at least two periods",
                refused(new MalmquistEngine(), HEADER + GOOD, Map.of("period", "year")));
        assertTrue(refused(new MalmquistEngine(), HEADER + GOOD + "A,2,,3,4\n", Map.of("period", "year"))
                .startsWith("units.csv:7: input 'x1' of DMU 'A' in period 2 is missing"));
    }

    @Test
    void optionsOutsideTheChoicesAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run(new DeaEngine(), HEADER + GOOD, Map.of("rts", "fdh")));
        assertTrue(e.getMessage().contains("rts"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> run(new MalmquistEngine(), HEADER + GOOD, Map.of("period", "year",
                "orientation", "graph")));
    }

    @Test
    void withoutDataTheEnginesAreNotApplicable() {
        for (AnalysisEngine engine : new AnalysisEngine[] { new DeaEngine(), new MalmquistEngine() }) {
            org.synergos.analysis.api.Applicability applicability = engine.applicability(
                    org.synergos.analysis.api.AnalysisInput.of(null, null, null));
            assertFalse(applicability.applicable());
            assertTrue(applicability.reasons().get(0).startsWith("no data set: bind the model to a CSV file"),
                    applicability.reasons().toString());
        }
    }
}
