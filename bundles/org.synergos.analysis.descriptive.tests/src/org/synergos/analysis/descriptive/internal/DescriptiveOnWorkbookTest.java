package org.synergos.analysis.descriptive.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.json.ResultJson;
import org.synergos.analysis.study.Studies;
import org.synergos.analysis.study.Study;
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
        Path csvModel = copyExample(example, "csv", "data.csv");
        Path xlsxModel = copyExample(example, "xlsx", "data.xlsx");
        Files.copy(TestResources.path("../org.synergos.testing/reference/data/xlsx/nqpf-smes.xlsx"),
                xlsxModel.resolveSibling("data.xlsx"));

        Dataset fromCsv = read(csvModel);
        Dataset fromXlsx = read(xlsxModel);
        assertEquals(314, fromXlsx.rowCount());
        assertEquals(fromCsv.columnNames(), fromXlsx.columnNames());

        String csvResult = ResultJson.write(run(fromCsv));
        String xlsxResult = ResultJson.write(run(fromXlsx));
        assertTrue(csvResult.contains("NQ1"));
        // messages and provenance name their own file (the non-numeric case_id column: row 2 of the sheet)
        assertTrue(xlsxResult.contains("\"data.xlsx:2 (column 'case_id')\""), xlsxResult);
        assertTrue(xlsxResult.contains("\"data\" : \"data.xlsx\""), xlsxResult);
        assertEquals(csvResult, xlsxResult.replace("\"data.xlsx", "\"data.csv"));
    }

    private Path copyExample(Path example, String folder, String dataFile) throws Exception {
        Path target = Files.createDirectories(dir.resolve(folder));
        String model = Files.readString(example.resolve("model.synergos"), StandardCharsets.UTF_8);
        assertTrue(model.contains("path=\"data.csv\""));
        Files.writeString(target.resolve("model.synergos"), model.replace("path=\"data.csv\"", "path=\"" + dataFile + "\""),
                StandardCharsets.UTF_8);
        if (dataFile.equals("data.csv")) {
            Files.copy(example.resolve("data.csv"), target.resolve("data.csv"));
        }
        return target.resolve("model.synergos");
    }

    private static Dataset read(Path model) throws Exception {
        Study study = Studies.load(model);
        return Studies.read(study, study.framework().getDataSources().get(0));
    }

    private static AnalysisResult run(Dataset data) throws Exception {
        DescriptiveEngine engine = new DescriptiveEngine();
        AnalysisResult result = engine.run(new AnalysisRequest(AnalysisInput.ofData(data),
                Parameters.resolve(engine.descriptor(), Map.of()), null), AnalysisMonitor.silent());
        assertTrue(result.isSuccessful(), result.messages().toString());
        return result;
    }
}
