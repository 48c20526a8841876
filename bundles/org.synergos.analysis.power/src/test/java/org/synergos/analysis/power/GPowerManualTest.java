package org.synergos.analysis.power;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.ResultTable;

/** G*Power's own printed result (src/test/resources/gpower/README.md), at its 4 decimals. */
class GPowerManualTest {

    private static final double HALF_LAST_DIGIT = 5e-5;

    @Test
    void postHocPowerIsGPowersPrintedResult() throws AnalysisException {
        for (Map<String, Double> row : ReferenceCsv.read(Path.of("src/test/resources/gpower/manual-examples.csv"))) {
            ResultTable table = PowerReferenceTest.run(Map.of("solve", "power", "alpha", ReferenceCsv.text(row.get("alpha")),
                    "f2", ReferenceCsv.text(row.get("f2")), "predictors", ReferenceCsv.text(row.get("predictors")),
                    "n", ReferenceCsv.text(row.get("n"))));
            assertEquals(row.get("power"), table.number("r2-zero", "power"), HALF_LAST_DIGIT, row.toString());
            assertEquals(row.get("critical"), table.number("r2-zero", "critical"), HALF_LAST_DIGIT, row.toString());
            assertEquals(row.get("lambda"), table.number("r2-zero", "noncentrality"), HALF_LAST_DIGIT, row.toString());
        }
    }
}
