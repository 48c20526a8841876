package org.synergos.analysis.cbsem.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.ResultTable;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.model.Framework;
import org.synergos.model.StructuralPath;
import org.synergos.model.lavaan.LavaanReader;
import org.synergos.testing.ReferenceTable;
import org.synergos.testing.ReferenceResults;
import org.synergos.testing.TestResources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The engine end to end: a Synergos model (read from lavaan syntax) and its data through the engine
 * API, compared with lavaan 0.6-14 (R 4.2.2) on PoliticalDemocracy; 1e-4 relative, as the core's tests.
 */
class CbsemEngineTest {

    /** The lavaan tutorial model, as lavaan fitted it for reference/lavaan_poldem (org.synergos.testing). */
    static final String MODEL = String.join("\n", "ind60 =~ x1 + x2 + x3", "dem60 =~ y1 + y2 + y3 + y4",
            "dem65 =~ y5 + y6 + y7 + y8", "dem60 ~ ind60", "dem65 ~ ind60 + dem60", "y1 ~~ y5", "y2 ~~ y4 + y6",
            "y3 ~~ y7", "y4 ~~ y8", "y6 ~~ y8");

    @Test
    void modelThroughTheEngineReproducesLavaan() throws Exception {
        Framework framework = LavaanReader.read(MODEL);
        Dataset data = new CsvDatasetReader().read(ReferenceResults.data("PoliticalDemocracy.csv"));
        CbsemEngine engine = new CbsemEngine();
        AnalysisInput input = AnalysisInput.of(framework, data, null);
        assertTrue(engine.applicability(input).applicable(), engine.applicability(input).reasons().toString());
        AnalysisResult result = engine.run(new AnalysisRequest(input, Parameters.resolve(engine.descriptor(), Map.of()),
                null), AnalysisMonitor.silent());

        JsonNode fit = ReferenceResults.json("lavaan_poldem/poldem_ml_fit.json").get("fit_measures_all");
        ResultTable fitTable = result.table("fit").orElseThrow();
        for (String measure : new String[] { "chisq", "df", "cfi", "tli", "rmsea", "srmr", "aic", "bic" }) {
            assertRelative(fit.get(measure).asDouble(), fitTable.number(measure, "value"), measure);
        }

        ReferenceTable params = ReferenceResults.table("lavaan_poldem/poldem_ml_params.csv");
        int row = findRow(params, "dem65", "~", "dem60");
        StructuralPath path = framework.getPaths().stream()
                .filter(p -> p.getSource().getCode().equals("dem60") && p.getTarget().getCode().equals("dem65"))
                .findFirst().orElseThrow();
        ElementValue beta = result.elementValues().stream()
                .filter(v -> v.elementId().equals(path.getId()) && v.key().equals("beta")).findFirst().orElseThrow();
        assertRelative(params.number(row, "std.all"), beta.value(), "β dem60 → dem65");
        assertTrue(beta.display().endsWith("***"), beta.display());
        assertTrue(result.elementValues().stream().anyMatch(v -> v.key().equals("r2")), "R² overlay");
    }

    /**
     * Only the option a user names is set; every other is the descriptor's default, which must resolve as
     * lavaan's {@code sem()} does (information, SE and test type per estimator and missing-data method).
     * Reference: lavaan 0.6-14 (R 4.2.2), every parameter's estimate and SE, and χ² (scaled where lavaan
     * scales it); tolerance 1e-4 relative.
     */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({ "'', PoliticalDemocracy.csv, lavaan_poldem/poldem_ml, expected, standard, standard",
            "estimator=MLR, PoliticalDemocracy.csv, lavaan_poldem_variants/poldem_mlr, observed, robust.huber.white, yuan.bentler.mplus",
            "missing=fiml, PoliticalDemocracy_missing5pct.csv, lavaan_poldem_variants/poldem_fiml, observed, standard, standard" })
    void defaultsResolveAsLavaans(String option, String dataFile, String reference, String information, String se,
            String test) throws Exception {
        Framework framework = LavaanReader.read(MODEL);
        Dataset data = new CsvDatasetReader().read(ReferenceResults.data(dataFile));
        CbsemEngine engine = new CbsemEngine();
        Map<String, String> chosen = option.isEmpty() ? Map.of()
                : Map.of(option.substring(0, option.indexOf('=')), option.substring(option.indexOf('=') + 1));
        AnalysisResult result = engine.run(new AnalysisRequest(AnalysisInput.of(framework, data, null),
                Parameters.resolve(engine.descriptor(), chosen), null), AnalysisMonitor.silent());

        JsonNode options = ReferenceResults.json(reference + "_fit.json").get("options");
        assertEquals(options.get("information").get(0).asText(), result.provenance().get("information"));
        assertEquals(options.get("se").asText(), result.provenance().get("se"));
        assertEquals(options.get("test").asText(), result.provenance().get("test"));
        assertEquals(List.of(information, se, test), List.of(result.provenance().get("information"),
                result.provenance().get("se"), result.provenance().get("test")));

        ReferenceTable params = ReferenceResults.table(reference + "_params.csv");
        ResultTable estimates = result.table("parameters").orElseThrow();
        int compared = 0;
        for (List<Object> row : estimates.rows()) {
            int i = findRow(params, (String) row.get(0), (String) row.get(1), (String) row.get(2));
            String what = row.get(0) + " " + row.get(1) + " " + row.get(2);
            assertRelative(params.number(i, "est"), ((Number) row.get(estimates.columnIndex("est"))).doubleValue(), what);
            if (params.number(i, "se") > 0) {
                assertRelative(params.number(i, "se"), ((Number) row.get(estimates.columnIndex("se"))).doubleValue(),
                        "SE of " + what);
                compared++;
            }
        }
        assertEquals(params.rowCount(), estimates.rows().size(), "one row per lavaan parameter");
        assertTrue(compared >= 31, "free parameters compared: " + compared);

        JsonNode fit = ReferenceResults.json(reference + "_fit.json").get("fit_measures_all");
        String chisq = test.equals("standard") ? "chisq" : "chisq.scaled";
        assertRelative(fit.get(chisq).asDouble(), result.table("fit").orElseThrow().number(chisq, "value"), chisq);
    }

    @Test
    void multigroupMetricFitMatchesLavaanAndFlagsTheHeywoodCase() throws Exception {
        Framework framework = LavaanReader.read(MODEL);
        Dataset data = new CsvDatasetReader().read(ReferenceResults.data("PoliticalDemocracy_grouped.csv"));
        CbsemEngine engine = new CbsemEngine();
        AnalysisInput input = AnalysisInput.of(framework, data, null);
        for (String[] variant : new String[][] { { "none", "configural" }, { "loadings", "metric" } }) {
            AnalysisResult result = engine.run(new AnalysisRequest(input, Parameters.resolve(engine.descriptor(),
                    Map.of("group", "grp", "group-equal", variant[0])), null), AnalysisMonitor.silent());
            JsonNode fit = ReferenceResults.json("lavaan_poldem_variants/poldem_mg_" + variant[1] + "_fit.json")
                    .get("fit_measures_all");
            ResultTable fitTable = result.table("fit").orElseThrow();
            assertRelative(fit.get("chisq").asDouble(), fitTable.number("chisq", "value"), variant[1] + " chisq");
            assertRelative(fit.get("df").asDouble(), fitTable.number("df", "value"), variant[1] + " df");
            ResultTable mi = result.table("modification-indices").orElseThrow();
            assertTrue(mi.columns().stream().anyMatch(c -> c.id().equals("group")),
                    "multigroup modification indices name their group");
            if (variant[1].equals("metric")) {
                // score tests of the 8 equal loadings; reference: lavaan 0.6-14 (R 4.2.2) lavTestScore,
                // bundled reference/poldem_mg_invariance_tests.json; tolerance 1e-4 relative
                ResultTable released = result.table("released-constraints").orElseThrow();
                JsonNode uni = bundledJson("poldem_mg_invariance_tests.json").get("score_metric")
                        .get("univariate");
                assertEquals(uni.size(), released.rows().size());
                assertRelative(uni.get(0).get("x2").asDouble(), released.number("ind60", "chisq"), "score test ind60 =~ x2");
            } else {
                assertTrue(result.table("released-constraints").isEmpty(), "no equality constraints, no score tests");
            }
            if (variant[1].equals("configural")) {
                assertTrue(result.messages().stream().anyMatch(m -> m.text().startsWith("Heywood case")),
                        "lavaan warns of a negative variance in the configural fit: " + result.messages());
            }
        }
    }

    /** A reference file of this bundle's reference/ folder (written by its run.R). */
    private static JsonNode bundledJson(String name) throws java.io.IOException {
        return new ObjectMapper().readTree(TestResources.path("reference/" + name).toFile());
    }

    @Test
    void noCompleteCaseNamesTheEmptyColumn() throws Exception {
        Dataset full = new CsvDatasetReader().read(ReferenceResults.data("PoliticalDemocracy.csv"));
        Dataset.Builder blanked = Dataset.builder("blanked.csv").columns(full.columnNames());
        for (int row = 0; row < full.rowCount(); row++) {
            String[] cells = new String[full.columnNames().size()];
            for (int c = 0; c < cells.length; c++) {
                String name = full.columnNames().get(c);
                cells[c] = name.equals("y3") ? null : full.column(name).text(row);
            }
            blanked.row(row + 2, cells);
        }
        CbsemEngine engine = new CbsemEngine();
        AnalysisInput input = AnalysisInput.of(LavaanReader.read(MODEL), blanked.build(), null);
        var error = org.junit.jupiter.api.Assertions.assertThrows(org.synergos.analysis.api.AnalysisException.class,
                () -> engine.run(new AnalysisRequest(input, Parameters.resolve(engine.descriptor(), Map.of()), null),
                        AnalysisMonitor.silent()));
        assertTrue(error.getMessage().contains("0 usable cases for 11 observed variables: 'y3' has no observed value"),
                error.getMessage());
    }

    @Test
    void unknownGroupColumnIsAClearError() throws Exception {
        Framework framework = LavaanReader.read(MODEL);
        Dataset data = new CsvDatasetReader().read(ReferenceResults.data("PoliticalDemocracy.csv"));
        CbsemEngine engine = new CbsemEngine();
        var error = org.junit.jupiter.api.Assertions.assertThrows(org.synergos.analysis.api.AnalysisException.class,
                () -> engine.run(new AnalysisRequest(AnalysisInput.of(framework, data, null),
                        Parameters.resolve(engine.descriptor(), Map.of("group", "region")), null),
                        AnalysisMonitor.silent()));
        assertTrue(error.getMessage().contains("group column 'region'"), error.getMessage());
    }

    @Test
    void compositeConstructsAreNotApplicableWithAReason() throws Exception {
        Framework framework = LavaanReader.read("f <~ x1 + x2 + x3\ng =~ y1 + y2 + y3\ng ~ f");
        Dataset data = new CsvDatasetReader().read(ReferenceResults.data("PoliticalDemocracy.csv"));
        var applicability = new CbsemEngine().applicability(AnalysisInput.of(framework, data, null));
        assertFalse(applicability.applicable());
        assertTrue(applicability.reasons().get(0).contains("composite"), applicability.reasons().toString());
    }

    private static int findRow(ReferenceTable table, String lhs, String op, String rhs) {
        for (int i = 0; i < table.rowCount(); i++) {
            if (table.cell(i, "lhs").equals(lhs) && table.cell(i, "op").equals(op) && table.cell(i, "rhs").equals(rhs)) {
                return i;
            }
        }
        throw new AssertionError("no row " + lhs + op + rhs);
    }

    private static void assertRelative(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-4 * Math.max(1e-2, Math.abs(expected)), what);
    }
}
