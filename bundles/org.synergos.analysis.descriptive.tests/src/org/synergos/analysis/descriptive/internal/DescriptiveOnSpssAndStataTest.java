package org.synergos.analysis.descriptive.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.analysis.api.json.ResultJson;
import org.synergos.data.Dataset;
import org.synergos.testing.TestResources;

/**
 * The nqpf-smes example's data as CSV and as SPSS .sav and Stata .dta files (written by R's haven from the
 * CSV, bundles/org.synergos.testing/reference/regenerate-haven.R, into reference/data/spss-stata/): the
 * example's model bound to either file, read as the analysis runner reads a data source, gives the
 * descriptive engine the same data and so the same result, to the last bit of its JSON form (every statistic
 * identical; only messages and provenance name their own file, and rows are cases, not CSV lines).
 */
class DescriptiveOnSpssAndStataTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "sav", "dta" })
    void theSameResultFromCsvAndFromSpssOrStata(String kind) throws Exception {
        Path example = TestResources.path("../../examples/nqpf-smes");
        Path csvModel = ExampleDataFiles.copyExample(dir, example, "csv", "data.csv");
        Path model = ExampleDataFiles.copyExample(dir, example, kind, "data." + kind);
        Files.copy(TestResources.path("../org.synergos.testing/reference/data/spss-stata/nqpf-smes." + kind),
                model.resolveSibling("data." + kind));

        Dataset fromCsv = ExampleDataFiles.read(csvModel);
        Dataset fromFile = ExampleDataFiles.read(model);
        assertEquals(314, fromFile.rowCount());
        assertEquals(fromCsv.columnNames(), fromFile.columnNames());

        String csvResult = ResultJson.write(ExampleDataFiles.run(fromCsv));
        String result = ResultJson.write(ExampleDataFiles.run(fromFile));
        assertTrue(csvResult.contains("NQ1"));
        // the non-numeric case_id column is named at case 1 (line 2 of the CSV)
        assertTrue(result.contains("\"data." + kind + ":1 (column 'case_id')\""), result);
        assertTrue(result.contains("\"data\" : \"data." + kind + "\""), result);
        assertEquals(csvResult, result.replace("\"data." + kind + ":1 (column", "\"data.csv:2 (column")
                .replace("\"data." + kind, "\"data.csv"));
    }
}
