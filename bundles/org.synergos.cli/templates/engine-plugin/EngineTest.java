package @PACKAGE@;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.ResultTable;
import org.synergos.sdk.testkit.EngineHarness;

/** Runs the engine as the Synergos runtime would (defaults resolved, result through its JSON form), in plain JUnit. */
class @CLASS@Test {

    private static final Path DATA = Path.of("src/test/resources/sample.csv");

    /** x = 1, 2, 3, 6: mean 3, squared deviations 4 + 1 + 0 + 9 = 14, SD sqrt(14 / 3). */
    @Test
    void meanAndStandardDeviationWithDefaults() throws Exception {
        ResultTable table = EngineHarness.onCsv(new @CLASS@(), DATA, Map.of()).table("summary").orElseThrow();
        assertEquals(3, table.number("x", "mean"), 1e-12);
        assertEquals(Math.sqrt(14.0 / 3), table.number("x", "sd"), 1e-12);
        assertEquals(2, table.rows().size(), "the text column is not summarised");
    }

    @Test
    void anUnknownColumnIsRefusedByName() {
        AnalysisException error = assertThrows(AnalysisException.class,
                () -> EngineHarness.onCsv(new @CLASS@(), DATA, Map.of("columns", "x,nope")));
        assertEquals("column 'nope' is not in sample.csv", error.getMessage());
    }
}
