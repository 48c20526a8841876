package org.synergos.analysis.cbsem.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.ResultTable;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.model.Framework;
import org.synergos.model.lavaan.LavaanReader;
import org.synergos.testing.ReferenceResults;
import org.synergos.testing.ReferenceTable;
import org.synergos.testing.TestResources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What lavaan syntax states (labels, fixed values, {@code NA*}, {@code ==}, {@code :=}) and the
 * {@code std.lv}, {@code group.equal} and {@code group.partial} options, through the whole engine: the
 * model is read by {@link LavaanReader} from the syntax lavaan fitted, the engine runs with its
 * descriptor's defaults plus only the options the lavaan call names. Reference: lavaan 0.6-14 on R 4.2.2,
 * this bundle's {@code resources/lavaan_constraints/} (written by its {@code run.R}). Every parameter's
 * est, se and std.all and every fit measure of lavaan's fitMeasures() agree to 1e-4, relative or
 * absolute, whichever is looser.
 */
class CbsemConstraintsLavaanTest {

    private static final String FOLDER = "resources/lavaan_constraints/";
    private static final List<String> FIT = List.of("chisq", "df", "cfi", "tli", "rmsea", "srmr");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "equal_labels | PoliticalDemocracy.csv | ",
            "fixed_values | PoliticalDemocracy.csv | ",
            "free_first_loading | PoliticalDemocracy.csv | ",
            "mediation_defined | PoliticalDemocracy.csv | ",
            "equality_constraint | PoliticalDemocracy.csv | ",
            "constant_constraint | PoliticalDemocracy.csv | ",
            "label_on_marker | PoliticalDemocracy.csv | ",
            "hs_std_lv | HolzingerSwineford1939.csv | std-lv=true",
            "hs_std_lv_metric | HolzingerSwineford1939.csv | group=school; std-lv=true; group-equal=loadings",
            "hs_group_equal_means | HolzingerSwineford1939.csv | group=school; group-equal=loadings,intercepts,means",
            "hs_group_equal_partial | HolzingerSwineford1939.csv | group=school; "
                    + "group-equal=loadings,intercepts,residuals,lv.variances,lv.covariances; "
                    + "group-partial=visual =~ x2, x3 ~ 1, x7 ~~ x7",
            "poldem_group_equal_regressions | PoliticalDemocracy_grouped.csv | group=grp; "
                    + "group-equal=loadings,regressions,residual.covariances" })
    void engineReproducesLavaan(String tag, String dataFile, String options) throws Exception {
        JsonNode reference = json(tag + "_fit.json");
        Framework framework = LavaanReader.read(reference.get("model").asText());
        Map<String, String> chosen = parse(options);
        AnalysisResult result = run(framework, data(dataFile), chosen);
        // the methods section states std.lv and group.partial when they are used, only then
        assertEquals(chosen.get("std-lv"), result.provenance().get("std-lv"));
        assertEquals(chosen.get("group-partial"), result.provenance().get("group-partial"));

        ReferenceTable params = TestResources.table(FOLDER + tag + "_params.csv");
        boolean grouped = params.header().contains("group");
        ResultTable estimates = result.table("parameters").orElseThrow();
        assertEquals(params.rowCount(), estimates.rows().size(), tag + ": one row per lavaan parameter");
        int free = 0;
        for (int i = 0; i < params.rowCount(); i++) {
            String op = params.cell(i, "op");
            int group = grouped ? (int) params.number(i, "group") : 1;
            List<Object> row = find(estimates, params.cell(i, "lhs"), op, params.cell(i, "rhs"), group);
            String what = tag + " " + params.cell(i, "lhs") + " " + op + " " + params.cell(i, "rhs") + " group " + group;
            assertClose(params.number(i, "est"), number(estimates, row, "est"), what + " est");
            double se = params.number(i, "se");
            if (!Double.isNaN(se)) {
                assertClose(se, number(estimates, row, "se"), what + " se");
                free += se > 0 ? 1 : 0;
            }
            if (params.header().contains("std.all")) {
                assertClose(params.number(i, "std.all"), number(estimates, row, "std.all"), what + " std.all");
            }
        }
        assertTrue(free >= reference.get("fit_measures_all").get("npar").asInt(),
                tag + ": every free parameter's SE compared (" + free + ")");

        ResultTable fit = result.table("fit").orElseThrow();
        for (String measure : FIT) {
            assertClose(reference.get("fit_measures_all").get(measure).asDouble(), fit.number(measure, "value"),
                    tag + " " + measure);
        }
        // and every measure of lavaan's fitMeasures(), in its order, in the "All fit measures" table
        ResultTable all = result.table("fit-all").orElseThrow();
        List<String> names = new java.util.ArrayList<>();
        reference.get("fit_measures_all").fieldNames().forEachRemaining(names::add);
        assertEquals(names, all.rows().stream().map(r -> r.get(0)).toList(), tag + ": fit measures");
        for (String measure : names) {
            assertClose(reference.get("fit_measures_all").get(measure).asDouble(), all.number(measure, "value"),
                    tag + " " + measure);
        }
    }

    /**
     * A label in a multigroup fit names one parameter for all groups (lavaan semantics), and the engine
     * says so: the labelled loadings are equal within and across both groups.
     */
    @Test
    void labelsInAMultigroupFitAreEqualAcrossGroupsAndTheEngineSaysSo() throws Exception {
        JsonNode reference = json("equal_labels_fit.json");
        AnalysisResult result = run(LavaanReader.read(reference.get("model").asText()),
                data("PoliticalDemocracy_grouped.csv"), Map.of("group", "grp"));
        ResultTable estimates = result.table("parameters").orElseThrow();
        double y2 = number(estimates, find(estimates, "dem60", "=~", "y2", 1), "est");
        assertEquals(y2, number(estimates, find(estimates, "dem60", "=~", "y2", 2), "est"), 0.0);
        assertEquals(y2, number(estimates, find(estimates, "dem65", "=~", "y6", 2), "est"), 0.0);
        double x2g1 = number(estimates, find(estimates, "ind60", "=~", "x2", 1), "est");
        assertTrue(x2g1 != number(estimates, find(estimates, "ind60", "=~", "x2", 2), "est"),
                "unlabelled loadings stay free per group");
        assertTrue(result.messages().stream().anyMatch(m -> m.text().startsWith("labels a, b, c apply in every group")),
                result.messages().toString());
    }

    /**
     * Score tests of releasing each label equality (lavaan's {@code lavTestScore}, univariate and all at
     * once) for the tutorial's equal loadings; reference {@code equal_labels_score*.csv}, 1e-4.
     */
    @Test
    void labelEqualitiesHaveLavaansScoreTests() throws Exception {
        Framework framework = LavaanReader.read(json("equal_labels_fit.json").get("model").asText());
        Dataset data = data("PoliticalDemocracy.csv");
        ResultTable released = run(framework, data, Map.of()).table("released-constraints").orElseThrow();
        ReferenceTable uni = TestResources.table(FOLDER + "equal_labels_score.csv");
        assertEquals(uni.rowCount(), released.rows().size(), "one score test per equality");
        for (int i = 0; i < uni.rowCount(); i++) {
            List<Object> row = released.rows().get(i);
            String what = uni.cell(i, "lhs") + " " + uni.cell(i, "op") + " " + uni.cell(i, "rhs");
            assertEquals(what, row.get(0) + " " + row.get(1) + " " + row.get(2));
            assertClose(uni.number(i, "X2"), number(released, row, "chisq"), "score test " + what);
        }
        SemModelMapping mapping = SemModelMapping.of(framework, false);
        org.synergos.analysis.cbsem.core.SemResult fit = org.synergos.analysis.cbsem.core.Sem.fit(
                mapping.specification(), SemData.of(data, mapping.columns(), ""),
                org.synergos.analysis.cbsem.core.SemOptions.defaults());
        ReferenceTable total = TestResources.table(FOLDER + "equal_labels_score_total.csv");
        var all = org.synergos.analysis.cbsem.core.Sem.releaseAllConstraints(fit);
        assertClose(total.number(0, "X2"), all.chisqDiff(), "score test of all equalities");
        assertEquals((int) total.number(0, "df"), all.dfDiff());
    }

    static AnalysisResult run(Framework framework, Dataset data, Map<String, String> options) throws Exception {
        CbsemEngine engine = new CbsemEngine();
        AnalysisInput input = AnalysisInput.of(framework, data, null);
        assertTrue(engine.applicability(input).applicable(), engine.applicability(input).reasons().toString());
        return engine.run(new AnalysisRequest(input, Parameters.resolve(engine.descriptor(), options), null),
                AnalysisMonitor.silent());
    }

    static Dataset data(String file) throws Exception {
        return new CsvDatasetReader().read(file.startsWith("Holzinger") ? TestResources.path(FOLDER + file)
                : ReferenceResults.data(file));
    }

    /** "key=value; key=value" (values may hold commas). */
    private static Map<String, String> parse(String options) {
        Map<String, String> out = new LinkedHashMap<>();
        if (options == null || options.isBlank()) {
            return out;
        }
        for (String option : options.split(";")) {
            int eq = option.indexOf('=');
            out.put(option.substring(0, eq).trim(), option.substring(eq + 1).trim());
        }
        return out;
    }

    /** The engine's row for a lavaan row; defined parameters by name (lavaan strips the expression's spaces). */
    private static List<Object> find(ResultTable table, String lhs, String op, String rhs, int group) {
        for (List<Object> row : table.rows()) {
            boolean same = row.get(0).equals(lhs) && row.get(1).equals(op);
            if (op.equals(":=")) {
                if (same) {
                    return row;
                }
                continue;
            }
            // multigroup tables name each group by its label, in lavaan's group order; one group has no column
            boolean inGroup = !table.columns().stream().anyMatch(c -> c.id().equals("group"))
                    || groupLabel(table, group).equals(row.get(table.columnIndex("group")));
            if (same && row.get(2).equals(rhs) && inGroup) {
                return row;
            }
        }
        return fail("the engine has no row " + lhs + " " + op + " " + rhs + " in group " + group);
    }

    /** The label of lavaan's group {@code group}: the engine lists groups in lavaan's order. */
    private static Object groupLabel(ResultTable table, int group) {
        int column = table.columnIndex("group");
        return table.rows().stream().map(r -> r.get(column)).filter(java.util.Objects::nonNull).distinct()
                .skip(group - 1).findFirst().orElseThrow();
    }

    private static double number(ResultTable table, List<Object> row, String column) {
        Object value = row.get(table.columnIndex(column));
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    private static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": lavaan 0.6-14 gives NA, the engine " + actual);
            return;
        }
        assertEquals(expected, actual, 1e-4 * Math.max(1.0, Math.abs(expected)), what + " (lavaan 0.6-14, R 4.2.2)");
    }

    private static JsonNode json(String name) throws IOException {
        return new ObjectMapper().readTree(TestResources.path(FOLDER + name).toFile());
    }
}
