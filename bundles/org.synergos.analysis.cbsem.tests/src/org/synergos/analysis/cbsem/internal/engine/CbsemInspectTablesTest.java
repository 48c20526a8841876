package org.synergos.analysis.cbsem.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.model.lavaan.LavaanReader;
import org.synergos.testing.ReferenceResults;
import org.synergos.testing.ReferenceTable;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The engine's tables of lavaan's {@code summary}/{@code inspect} extras (std.nox, moments, missing-data
 * patterns, group labels, bootstrap CI type and draw counts), with the user's default options except the one
 * named, against lavaan 0.6-14, R 4.2.2 ({@code reference/lavaan_inspect/}); 1e-4 relative or absolute.
 */
class CbsemInspectTablesTest {

    static final String MODEL = CbsemEngineTest.MODEL;

    static AnalysisResult run(String model, String dataFile, Map<String, String> chosen) throws Exception {
        return run(model, dataFile, chosen, new CsvDatasetReader().read(ReferenceResults.data(dataFile)));
    }

    static AnalysisResult run(String model, String dataFile, Map<String, String> chosen, Dataset data) throws Exception {
        CbsemEngine engine = new CbsemEngine();
        AnalysisInput input = AnalysisInput.of(LavaanReader.read(model), data, null);
        assertTrue(engine.applicability(input).applicable(), engine.applicability(input).reasons().toString());
        return engine.run(new AnalysisRequest(input, Parameters.resolve(engine.descriptor(), chosen), null),
                AnalysisMonitor.silent());
    }

    /**
     * Synergos models regress constructs only (no observed covariates, lavaan's ov.x), so the engine's std.nox
     * equals std.all; the core's SemStdNoxTest covers a model where they differ.
     */
    @Test
    void parameterTableHasLavaansStdNoxColumn() throws Exception {
        AnalysisResult result = run(MODEL, "PoliticalDemocracy.csv", Map.of());
        ReferenceTable ref = ReferenceResults.table("lavaan_poldem/poldem_ml_params.csv");
        ResultTable params = result.table("parameters").orElseThrow();
        int nox = params.columnIndex("std.nox");
        for (int i = 0; i < ref.rowCount(); i++) {
            List<Object> row = row(params, ref.cell(i, "lhs"), ref.cell(i, "op"), ref.cell(i, "rhs"));
            assertClose(ref.number(i, "std.nox"), ((Number) row.get(nox)).doubleValue(), "std.nox of " + row.subList(0, 3));
        }
        assertEquals(ref.rowCount(), params.rows().size());
    }

    /** Sample and implied moments, listwise ML: covariances only (no mean structure, as lavaan). */
    @Test
    void momentTablesMatchLavaan() throws Exception {
        AnalysisResult result = run(MODEL, "PoliticalDemocracy.csv", Map.of());
        JsonNode group = ReferenceResults.json("lavaan_inspect/poldem_ml_moments.json").get("groups").get(0);
        assertMatrix(group.get("sampstat").get("cov"), result.table("sample-cov").orElseThrow(), null);
        assertMatrix(group.get("implied").get("cov"), result.table("implied-cov").orElseThrow(), null);
        assertTrue(result.table("sample-mean").isEmpty() && result.table("missing-patterns").isEmpty(),
                "no means without a mean structure, no patterns without FIML");
    }

    /** With missing=fiml: EM sample moments, implied means, patterns with their cases, coverage; per group label. */
    @Test
    void fimlTablesPerGroupLabelMatchLavaan() throws Exception {
        JsonNode ref = ReferenceResults.json("lavaan_inspect/poldem_mg_fiml_moments.json");
        AnalysisResult result = run(MODEL, "PoliticalDemocracy_grouped.csv", Map.of("group", "grp", "missing", "fiml"), groupedMissing());
        ResultTable patterns = result.table("missing-patterns").orElseThrow();
        for (int g = 0; g < 2; g++) {
            String label = ref.get("group_label").get(g).asText();
            JsonNode group = ref.get("groups").get(g);
            assertMatrix(group.get("sampstat").get("cov"), result.table("sample-cov").orElseThrow(), label);
            assertMatrix(group.get("implied").get("cov"), result.table("implied-cov").orElseThrow(), label);
            assertMatrix(ref.get("missing").get(g).get("coverage"), result.table("coverage").orElseThrow(), label);
            ResultTable means = result.table("implied-mean").orElseThrow();
            List<List<Object>> meanRows = rowsOf(means, label);
            for (int i = 0; i < meanRows.size(); i++) {
                String variable = (String) meanRows.get(i).get(means.columnIndex("variable"));
                assertClose(group.get("implied").get("mean").get(variable).asDouble(),
                        ((Number) meanRows.get(i).get(means.columnIndex("mean"))).doubleValue(), label + " mean " + variable);
            }
            JsonNode missing = ref.get("missing").get(g);
            List<List<Object>> patternRows = rowsOf(patterns, label);
            assertEquals(missing.get("freq").size(), patternRows.size(), "patterns of " + label);
            for (int k = 0; k < patternRows.size(); k++) {
                assertEquals(missing.get("freq").get(k).asInt(), patternRows.get(k).get(patterns.columnIndex("cases")));
                for (int j = 0; j < missing.get("variables").size(); j++) {
                    assertEquals(missing.get("patterns").get(k).get(j).asInt(),
                            patternRows.get(k).get(patterns.columnIndex(missing.get("variables").get(j).asText())));
                }
            }
        }
    }

    /** The 5%-missing copy with the grouped copy's grp column, as regenerate-lavaan.R builds it. */
    private static Dataset groupedMissing() throws Exception {
        Dataset holes = new CsvDatasetReader().read(ReferenceResults.data("PoliticalDemocracy_missing5pct.csv"));
        Dataset grouped = new CsvDatasetReader().read(ReferenceResults.data("PoliticalDemocracy_grouped.csv"));
        List<String> names = new java.util.ArrayList<>(holes.columnNames());
        names.add("grp");
        Dataset.Builder out = Dataset.builder("grouped_missing5pct.csv").columns(names);
        for (int row = 0; row < holes.rowCount(); row++) {
            String[] cells = new String[names.size()];
            for (int c = 0; c < names.size() - 1; c++) {
                cells[c] = holes.column(names.get(c)).text(row);
            }
            cells[names.size() - 1] = grouped.column("grp").text(row);
            out.row(row + 2, cells);
        }
        return out.build();
    }

    static List<List<Object>> rowsOf(ResultTable table, String groupLabel) {
        if (groupLabel == null) {
            return table.rows();
        }
        int group = table.columnIndex("group");
        return table.rows().stream().filter(r -> groupLabel.equals(r.get(group))).toList();
    }

    /** A lavaan matrix (rows in lavaan's ov order) against a table with one row per variable and column per variable. */
    static void assertMatrix(JsonNode expected, ResultTable table, String groupLabel) {
        List<List<Object>> rows = rowsOf(table, groupLabel);
        assertEquals(expected.size(), rows.size(), table.id() + " rows of " + groupLabel);
        int first = table.columnIndex("variable") + 1;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < expected.size(); j++) {
                assertClose(expected.get(i).get(j).asDouble(), ((Number) rows.get(i).get(first + j)).doubleValue(),
                        table.id() + " " + groupLabel + " [" + rows.get(i).get(first - 1) + ", "
                                + table.columns().get(first + j).id() + "]");
            }
        }
    }

    /** Every multigroup table names its groups by lavaan's group.label (first appearance), and so do the overlays. */
    @Test
    void multigroupTablesAndOverlaysNameGroupsByLabel() throws Exception {
        AnalysisResult result = run(MODEL, "PoliticalDemocracy_grouped.csv", Map.of("group", "grp"));
        JsonNode labels = ReferenceResults.json("lavaan_inspect/poldem_mg_moments.json").get("group_label");
        List<Object> lavaan = List.of(labels.get(0).asText(), labels.get(1).asText());
        for (String id : List.of("parameters", "r2", "modification-indices", "sample-cov", "implied-cov")) {
            ResultTable table = result.table(id).orElseThrow();
            int group = table.columnIndex("group");
            assertEquals(org.synergos.analysis.api.ColumnFormat.TEXT, table.columns().get(group).format(), id + " group column");
            List<Object> seen = table.rows().stream().map(r -> r.get(group)).filter(java.util.Objects::nonNull)
                    .distinct().toList();
            if (id.equals("modification-indices")) {
                assertTrue(lavaan.containsAll(seen), id + ": " + seen);
            } else {
                assertEquals(lavaan, seen, id + " groups in lavaan's order");
            }
        }
        assertTrue(result.elementValues().stream().filter(v -> v.key().equals("beta"))
                .allMatch(v -> v.display().endsWith("(" + lavaan.get(0) + ")")), "overlays name the group they show");
        ResultTable single = run(MODEL, "PoliticalDemocracy.csv", Map.of()).table("parameters").orElseThrow();
        assertTrue(single.columns().stream().noneMatch(c -> c.id().equals("group")), "one group: no group column, as lavaan");
    }

    /** The CI type is an option (lavaan's boot.ci.type, default perc) and the provenance counts every draw. */
    @Test
    void bootstrapStatesItsCiTypeAndCountsDraws() throws Exception {
        AnalysisResult perc = run(MODEL, "PoliticalDemocracy.csv", Map.of("bootstrap", "100", "seed", "5"));
        assertEquals("perc", perc.provenance().get("boot.ci.type"), "lavaan's default");
        int ok = Integer.parseInt(perc.provenance().get("bootstrap-successful"));
        int failed = Integer.parseInt(perc.provenance().get("bootstrap-failed"));
        int inadmissible = Integer.parseInt(perc.provenance().get("bootstrap-inadmissible"));
        assertEquals(100, ok + failed);
        assertTrue(inadmissible > 0 && inadmissible <= ok, "inadmissible draws: " + inadmissible);
        assertTrue(String.join(" ", perc.table("parameters").orElseThrow().notes()).contains("perc, " + ok + " successful draws"),
                perc.table("parameters").orElseThrow().notes().toString());
        AnalysisResult norm = run(MODEL, "PoliticalDemocracy.csv", Map.of("bootstrap", "100", "seed", "5",
                "boot-ci-type", "norm"));
        assertEquals("norm", norm.provenance().get("boot.ci.type"));
        ResultTable p = perc.table("parameters").orElseThrow();
        ResultTable n = norm.table("parameters").orElseThrow();
        List<Object> rowP = row(p, "dem65", "~", "dem60");
        List<Object> rowN = row(n, "dem65", "~", "dem60");
        int se = p.columnIndex("se");
        int lower = p.columnIndex("ci.lower");
        assertEquals(rowP.get(se), rowN.get(se), "same draws, same SE");
        assertTrue(!rowP.get(lower).equals(rowN.get(lower)), "another interval");
        double est = ((Number) rowN.get(p.columnIndex("est"))).doubleValue();
        double upper = ((Number) rowN.get(p.columnIndex("ci.upper"))).doubleValue();
        double low = ((Number) rowN.get(lower)).doubleValue();
        // the normal interval is symmetric about the bias-corrected estimate with half-width 1.96 SE
        assertClose(2 * 1.959963984540054 * ((Number) rowN.get(se)).doubleValue(), upper - low, "norm width");
        assertTrue(low < est && est < upper);
    }

    @Test
    void unsupportedCiTypesAreRefusedByName() throws Exception {
        CbsemEngine engine = new CbsemEngine();
        var unknown = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Parameters.resolve(engine.descriptor(), Map.of("bootstrap", "100", "boot-ci-type", "bca")));
        assertTrue(unknown.getMessage().contains("'boot-ci-type' = 'bca'")
                && unknown.getMessage().contains("perc, norm, basic, bca.simple"), unknown.getMessage());
        var unused = org.junit.jupiter.api.Assertions.assertThrows(org.synergos.analysis.api.AnalysisException.class,
                () -> run(MODEL, "PoliticalDemocracy.csv", Map.of("boot-ci-type", "basic")));
        assertTrue(unused.getMessage().contains("boot-ci-type 'basic'") && unused.getMessage().contains("bootstrap = 0"),
                unused.getMessage());
    }

    static List<Object> row(ResultTable table, String lhs, String op, String rhs) {
        for (List<Object> row : table.rows()) {
            if (lhs.equals(row.get(0)) && op.equals(row.get(1)) && rhs.equals(row.get(2))) {
                return row;
            }
            if (op.equals("~~") && rhs.equals(row.get(0)) && op.equals(row.get(1)) && lhs.equals(row.get(2))) {
                return row;
            }
        }
        throw new AssertionError("no row " + lhs + " " + op + " " + rhs + " in " + table.id());
    }

    /** 1e-4 relative or absolute, whichever is looser. */
    static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-4 * Math.max(1, Math.abs(expected)), what);
    }
}
