package org.synergos.analysis.cbsem.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.cbsem.core.FitMeasures;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.model.Framework;
import org.synergos.model.lavaan.LavaanReader;
import org.synergos.testing.ReferenceResults;

/**
 * The engine's "All fit measures" table with the options a user gets by default (only the estimator or
 * missing-data method named): lavaan 0.6-14's {@code fitMeasures(fit)} (R 4.2.2) name for name, in its
 * order, each value to 1e-4 relative or absolute (whichever is looser); the note says which families are
 * absent and why. The compact "Model fit" table stays.
 */
class CbsemFitMeasuresEngineTest {

    private static final String MODEL = String.join("\n", "ind60 =~ x1 + x2 + x3", "dem60 =~ y1 + y2 + y3 + y4",
            "dem65 =~ y5 + y6 + y7 + y8", "dem60 ~ ind60", "dem65 ~ ind60 + dem60", "y1 ~~ y5", "y2 ~~ y4 + y6",
            "y3 ~~ y7", "y4 ~~ y8", "y6 ~~ y8");

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({ "'', PoliticalDemocracy.csv, lavaan_poldem/poldem_ml, 46, true, true",
            "estimator=MLR, PoliticalDemocracy.csv, lavaan_poldem_variants/poldem_mlr, 78, false, false",
            "missing=fiml, PoliticalDemocracy_missing5pct.csv, lavaan_poldem_variants/poldem_fiml, 55, true, false",
            "estimator=MLR;missing=fiml, PoliticalDemocracy_missing5pct.csv, lavaan_poldem_variants/poldem_mlr_fiml, 78,"
                    + " false, false" })
    void allFitMeasuresTableListsLavaansMeasures(String options, String dataFile, String reference, int count,
            boolean scaledAbsent, boolean robustAbsent) throws Exception {
        Framework framework = LavaanReader.read(MODEL);
        Dataset data = new CsvDatasetReader().read(ReferenceResults.data(dataFile));
        CbsemEngine engine = new CbsemEngine();
        Map<String, String> chosen = new java.util.HashMap<>();
        for (String option : options.isEmpty() ? new String[0] : options.split(";")) {
            chosen.put(option.substring(0, option.indexOf('=')), option.substring(option.indexOf('=') + 1));
        }
        AnalysisResult result = engine.run(new AnalysisRequest(AnalysisInput.of(framework, data, null),
                Parameters.resolve(engine.descriptor(), chosen), null), AnalysisMonitor.silent());

        ResultTable all = result.table("fit-all").orElseThrow();
        assertEquals("All fit measures", all.title());
        JsonNode lavaan = ReferenceResults.json(reference + "_fit.json").get("fit_measures_all");
        List<String> lavaanNames = new ArrayList<>();
        lavaan.fieldNames().forEachRemaining(lavaanNames::add);
        List<Object> ours = all.rows().stream().map(r -> r.get(0)).toList();
        assertEquals(lavaanNames, ours, "every measure of lavaan's fitMeasures(), in its order");
        assertEquals(count, ours.size());
        for (String name : lavaanNames) {
            double expected = lavaan.get(name).asDouble();
            double actual = all.number(name, "value");
            assertEquals(expected, actual, 1e-4 * Math.max(1, Math.abs(expected)), reference + " " + name);
            assertTrue(!((String) all.cell(name, "description")).isEmpty(), "description of " + name);
        }

        String notes = String.join("\n", all.notes());
        assertEquals(scaledAbsent, notes.contains("No scaled measures"), notes);
        assertEquals(robustAbsent, notes.contains("No robust measures"), notes);
        for (String refused : FitMeasures.NOT_REPORTED.keySet()) {
            assertTrue(notes.contains(refused), "the note names " + refused + ": " + notes);
        }
        assertTrue(result.table("fit").orElseThrow().rows().size() < ours.size(), "compact Model fit table kept");
    }
}
