package org.synergos.analysis.descriptive.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.analysis.api.json.ResultJson;
import org.synergos.data.Dataset;
import org.synergos.testing.TestResources;

/**
 * The nqpf-smes example's data as CSV and as an XLSX workbook (written by Apache POI from the CSV,
 * bundles/org.synergos.testing/reference/data/xlsx/): the example's model bound to either file, read as the
 * analysis runner reads a data source, gives the descriptive engine the same data and so the same result,
 * to the last bit of its JSON form (every statistic identical; only messages and provenance name their own file).
 */
class DescriptiveOnWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void theSameResultFromCsvAndFromXlsx() throws Exception {
        Path example = TestResources.path("../../examples/nqpf-smes");
        Path csvModel = ExampleDataFiles.copyExample(dir, example, "csv", "data.csv");
        Path xlsxModel = ExampleDataFiles.copyExample(dir, example, "xlsx", "data.xlsx");
        Files.copy(TestResources.path("../org.synergos.testing/reference/data/xlsx/nqpf-smes.xlsx"),
                xlsxModel.resolveSibling("data.xlsx"));

        Dataset fromCsv = ExampleDataFiles.read(csvModel);
        Dataset fromXlsx = ExampleDataFiles.read(xlsxModel);
        assertEquals(314, fromXlsx.rowCount());
        assertEquals(fromCsv.columnNames(), fromXlsx.columnNames());

        String csvResult = ResultJson.write(ExampleDataFiles.run(fromCsv));
        String xlsxResult = ResultJson.write(ExampleDataFiles.run(fromXlsx));
        assertTrue(csvResult.contains("NQ1"));
        // messages and provenance name their own file (the non-numeric case_id column: row 2 of the sheet)
        assertTrue(xlsxResult.contains("\"data.xlsx:2 (column 'case_id')\""), xlsxResult);
        assertTrue(xlsxResult.contains("\"data\" : \"data.xlsx\""), xlsxResult);
        assertEquals(csvResult, xlsxResult.replace("\"data.xlsx", "\"data.csv"));
    }
}
