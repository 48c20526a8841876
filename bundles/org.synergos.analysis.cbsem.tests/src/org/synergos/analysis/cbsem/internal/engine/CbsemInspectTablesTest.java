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
import org.synergos.analysis.api.ResultTable;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.model.lavaan.LavaanReader;
import org.synergos.testing.ReferenceResults;
import org.synergos.testing.ReferenceTable;

/**
 * The engine's tables of lavaan's {@code summary}/{@code inspect} extras (std.nox, moments, missing-data
 * patterns, group labels, bootstrap CI type and draw counts), with the user's default options except the one
 * named, against lavaan 0.6-14, R 4.2.2 ({@code reference/lavaan_inspect/}); 1e-4 relative or absolute.
 */
class CbsemInspectTablesTest {

    static final String MODEL = CbsemEngineTest.MODEL;

    static AnalysisResult run(String model, String dataFile, Map<String, String> chosen) throws Exception {
        Dataset data = new CsvDatasetReader().read(ReferenceResults.data(dataFile));
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
