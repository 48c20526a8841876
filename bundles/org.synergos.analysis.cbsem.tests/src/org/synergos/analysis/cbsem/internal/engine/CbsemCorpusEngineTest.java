package org.synergos.analysis.cbsem.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.Severity;
import org.synergos.analysis.cbsem.core.DataSet;
import org.synergos.analysis.cbsem.core.LavaanOptions;
import org.synergos.analysis.cbsem.core.LavaanSyntax;
import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.ParameterEstimate;
import org.synergos.analysis.cbsem.core.Sem;
import org.synergos.analysis.cbsem.core.SemResult;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.model.Framework;
import org.synergos.model.lavaan.LavaanReader;
import org.synergos.model.lavaan.LavaanSyntaxException;
import org.synergos.testing.ReferenceResults;
import org.synergos.testing.ReferenceTable;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The differential corpus along the user's path: each corpus model that {@link LavaanReader} imports
 * (the others, e.g. cross-loadings or intercepts, it refuses with line and column and are skipped here;
 * {@code LavaanCorpusTest} fits them with the core) runs through the {@code cb-sem} engine with its
 * descriptor's defaults plus only the options lavaan's call set, translated to the engine's parameters.
 * So the defaults a user gets (information matrix per estimator and missing-data method) are what lavaan
 * uses. Every column of the parameter table and every measure of the fit table agree with lavaan 0.6-14
 * at 1e-4, relative or absolute, whichever is looser; a Heywood case gives a warning naming the element,
 * a {@code warning: <text>} model a warning containing the text, other models no warning.
 */
class CbsemCorpusEngineTest {

    private static final String FOLDER = "lavaan_corpus/";
    private static final List<String> COLUMNS = List.of("est", "se", "z", "pvalue", "ci.lower", "ci.upper", "std.lv",
            "std.all");

    static Stream<Arguments> fittedModels() {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode model : ReferenceResults.json(FOLDER + "manifest.json").get("models")) {
            String expectation = model.get("synergos").asText();
            if (expectation.equals("fit") || expectation.equals("heywood") || expectation.startsWith("warning: ")) {
                out.add(Arguments.of(model.get("id").asText(), model));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fittedModels")
    void engineReproducesLavaan(String id, JsonNode model) throws Exception {
        Framework framework;
        try {
            framework = LavaanReader.read(model.get("model").asText());
        } catch (LavaanSyntaxException e) {
            Assumptions.abort("not importable as a Synergos model: " + e.getMessage());
            return;
        }
        String call = id + " (" + model.get("call").asText() + ", lavaan 0.6-14)";
        AnalysisResult result = CbsemConstraintsLavaanTest.run(framework,
                new CsvDatasetReader().read(ReferenceResults.data(model.get("data").asText())),
                parameters(model.get("options")));

        List<String> mismatches = new ArrayList<>();
        ReferenceTable ref = ReferenceResults.table(FOLDER + id + "_params.csv");
        ResultTable estimates = result.table("parameters").orElseThrow();
        boolean grouped = ref.header().contains("group");
        for (int i = 0; i < ref.rowCount(); i++) {
            String lhs = ref.cell(i, "lhs");
            String op = ref.cell(i, "op");
            String rhs = ref.cell(i, "rhs");
            int group = grouped ? (int) ref.number(i, "group") : 1;
            List<Object> row = find(estimates, lhs, op, rhs, group);
            String what = lhs + " " + op + " " + rhs + " [group " + group + "]";
            if (row == null) {
                mismatches.add(what + ": no such row");
                continue;
            }
            for (String column : COLUMNS) {
                double lavaan = ref.number(i, column);
                double ours = number(estimates, row, column);
                boolean pinned = Double.isNaN(ref.number(i, "se")) && number(estimates, row, "se") == 0.0;
                if (pinned && (column.equals("se") || column.startsWith("ci."))) {
                    // a parameter pinned by `label == number`: lavaan's NA is sqrt of a rounding-negative variance
                    lavaan = column.equals("se") ? 0.0 : ref.number(i, "est");
                }
                compare(what + " " + column, lavaan, ours, mismatches);
            }
        }
        JsonNode measures = ReferenceResults.json(FOLDER + id + "_fit.json").get("fit_measures_all");
        ResultTable fit = result.table("fit").orElseThrow();
        for (List<Object> row : fit.rows()) {
            String name = (String) row.get(0);
            compare("fit measure " + name, measures.get(name).asDouble(), fit.number(name, "value"), mismatches);
        }
        if (!mismatches.isEmpty()) {
            assertSameAsTheCore(model, estimates, fit, call + ": " + mismatches.size()
                    + " values differ from lavaan:\n  " + String.join("\n  ", mismatches.subList(0, Math.min(40, mismatches.size()))));
        }

        List<Message> warnings = result.messages().stream().filter(m -> m.severity() == Severity.WARNING)
                .toList();
        String expectation = model.get("synergos").asText();
        if (expectation.startsWith("warning: ")) {
            String text = expectation.substring("warning: ".length());
            assertTrue(warnings.stream().anyMatch(m -> m.text().contains(text)), call + ": warning '" + text + "': "
                    + warnings);
        } else if (expectation.equals("heywood")) {
            assertTrue(!warnings.isEmpty() && warnings.stream().allMatch(m -> m.text().startsWith("Heywood case")
                    && !m.elementId().isBlank()), call + ": Heywood warnings naming the element: " + warnings);
        } else {
            assertEquals(List.of(), warnings, call + ": no warning where lavaan gave none");
        }
    }

    /**
     * Where the engine differs from lavaan it must give exactly the core's numbers for the same syntax and
     * options: {@code LavaanCorpusTest} accepts those only where lavaan's optimiser stopped short of the
     * optimum (and everything agrees at lavaan's estimates), so the user's path loses nothing.
     */
    private static void assertSameAsTheCore(JsonNode model, ResultTable estimates, ResultTable fit, String differences) {
        SemResult core = Sem.fit(LavaanSyntax.parse(model.get("model").asText()),
                DataSet.readCsv(ReferenceResults.data(model.get("data").asText())),
                LavaanOptions.of(model.get("options")));
        List<String> apart = new ArrayList<>();
        for (ParameterEstimate e : core.estimates()) {
            if (e.op() == Operator.EQUALITY) {
                continue;
            }
            List<Object> row = find(estimates, e.lhs(), e.op().symbol(), e.rhs(), e.group() == 0 ? 1 : e.group());
            double[] values = { e.estimate(), e.se(), e.z(), e.pvalue(), e.ciLower(), e.ciUpper(), e.stdLv(),
                    e.stdAll() };
            for (int c = 0; c < COLUMNS.size(); c++) {
                double engine = row == null ? Double.NaN : number(estimates, row, COLUMNS.get(c));
                if (!(Math.abs(engine - values[c]) <= 1e-9 * Math.max(1, Math.abs(values[c])))
                        && !(Double.isNaN(engine) && Double.isNaN(values[c]))) {
                    apart.add(e.parameter() + " " + COLUMNS.get(c) + ": core " + values[c] + ", engine " + engine);
                }
            }
        }
        for (List<Object> row : fit.rows()) {
            String name = (String) row.get(0);
            if (Math.abs(fit.number(name, "value") - core.fitMeasures().get(name)) > 1e-9 * Math.max(1,
                    Math.abs(core.fitMeasures().get(name)))) {
                apart.add("fit measure " + name);
            }
        }
        assertTrue(apart.isEmpty(),
                differences + "\n and the engine differs from the core:\n  " + String.join("\n  ", apart));
        System.out.println(differences + "\n (the core's numbers; lavaan's optimum is the limit: see LavaanCorpusTest)");
    }

    /** lavaan's options of the call as the engine's parameters (names as in its descriptor). */
    static Map<String, String> parameters(JsonNode options) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> option = it.next();
            String value = join(option.getValue());
            switch (option.getKey()) {
            case "estimator" -> out.put("estimator", value);
            case "missing" -> out.put("missing", value.equals("ml") ? "fiml" : value);
            case "group" -> out.put("group", value);
            case "group.equal" -> out.put("group-equal", value);
            case "group.partial" -> out.put("group-partial", value);
            case "std.lv" -> out.put("std-lv", value);
            default -> throw new IllegalArgumentException(
                    "lavaan option '" + option.getKey() + "' has no engine parameter");
            }
        }
        return out;
    }

    private static String join(JsonNode value) {
        if (!value.isArray()) {
            return value.asText();
        }
        List<String> items = new ArrayList<>();
        value.forEach(v -> items.add(v.asText()));
        return String.join(",", items);
    }

    static List<Object> find(ResultTable table, String lhs, String op, String rhs, int group) {
        for (List<Object> row : table.rows()) {
            if (!row.get(0).equals(lhs) || !row.get(1).equals(op)) {
                continue;
            }
            if (op.equals(":=")) {
                return row;
            }
            boolean sameRhs = row.get(2).equals(rhs) || (op.equals("~1") && row.get(2).toString().isEmpty());
            if (sameRhs && inGroup(table, row, group)) {
                return row;
            }
        }
        // covariances may be stated the other way round
        return op.equals("~~") && !lhs.equals(rhs) ? findExact(table, rhs, op, lhs, group) : null;
    }

    private static List<Object> findExact(ResultTable table, String lhs, String op, String rhs, int group) {
        for (List<Object> row : table.rows()) {
            if (row.get(0).equals(lhs) && row.get(1).equals(op) && row.get(2).equals(rhs)
                    && inGroup(table, row, group)) {
                return row;
            }
        }
        return null;
    }

    /**
     * Whether {@code row} belongs to lavaan's group number {@code group} (1-based). The table names groups by
     * label, in lavaan's order, and has no group column for one group.
     */
    private static boolean inGroup(ResultTable table, List<Object> row, int group) {
        if (table.columns().stream().noneMatch(c -> c.id().equals("group"))) {
            return group == 1;
        }
        int column = table.columnIndex("group");
        List<Object> labels = new ArrayList<>();
        for (List<Object> r : table.rows()) {
            Object label = r.get(column);
            if (label != null && !labels.contains(label)) {
                labels.add(label);
            }
        }
        Object label = row.get(column);
        return label != null && labels.indexOf(label) == group - 1;
    }

    static double number(ResultTable table, List<Object> row, String column) {
        Object value = row.get(table.columnIndex(column));
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    private static void compare(String what, double lavaan, double ours, List<String> mismatches) {
        if (Double.isNaN(lavaan) || Double.isNaN(ours)) {
            if (Double.isNaN(lavaan) != Double.isNaN(ours)) {
                mismatches.add(what + ": lavaan " + lavaan + ", ours " + ours);
            }
            return;
        }
        if (Math.abs(ours - lavaan) > 1e-4 * Math.max(1.0, Math.abs(lavaan))) {
            mismatches.add(what + ": lavaan " + lavaan + ", ours " + ours);
        }
    }
}
