package org.synergos.analysis.dea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultTable;
import org.synergos.sdk.testkit.EngineHarness;

/**
 * The {@code malmquist} engine against Benchmarking 0.33's {@code malmq} on each pair of adjacent periods
 * (src/test/resources/reference/&lt;panel&gt;/malmquist-&lt;rts&gt;-&lt;orientation&gt;.csv): the four distance functions,
 * EFFCH ({@code ec}), TECH ({@code tc}), M ({@code m}) and, under CRS, PECH and SECH from Benchmarking's VRS scores,
 * for the illustrative innovation panel (balanced) and the seeded panel (unbalanced: DMU H misses 2021).
 * <p>
 * Conventions: input-oriented values compare as they are; output-oriented Benchmarking gives Farrell φ and the
 * indices built from them, the engine Shephard distances 1/φ (so that M &gt; 1 is growth in both orientations),
 * hence every output-oriented value compares inverted. A cross-period VRS programme without solution is Inf in
 * Benchmarking (its m, tc become 0 or Inf) and an empty cell with a warning in the engine. Tolerance 1e-9
 * (measured: every value also agrees within 1e-11).
 */
class MalmquistReferenceTest {

    static final double TOLERANCE = 1e-9;

    record Panel(String file, String dmu, String inputs, String outputs, String period) {
    }

    static final Map<String, Panel> PANELS = Map.of(
            "innovation", new Panel("innovation.csv", "region", "rd_staff,rd_spending", "patents,new_product_revenue", "year"),
            "panel", new Panel("panel.csv", "unit", "x1,x2", "y1,y2", "period"));

    static AnalysisResult run(String name, Map<String, String> options) throws Exception {
        Panel p = PANELS.get(name);
        Map<String, String> parameters = new java.util.HashMap<>(Map.of("dmu", p.dmu(), "inputs", p.inputs(), "outputs",
                p.outputs(), "period", p.period()));
        parameters.putAll(options);
        return EngineHarness.onCsv(new MalmquistEngine(), Reference.DATA.resolve(p.file()), parameters);
    }

    /** Benchmarking's value in the engine's convention; undefined (an infeasible programme involved) is NaN. */
    static double converted(String orientation, double value, boolean defined) {
        if (!defined || Double.isInfinite(value) || Double.isNaN(value)) {
            return Double.NaN;
        }
        return orientation.equals("in") ? value : 1 / value;
    }

    static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected empty, was " + actual);
        } else {
            assertEquals(expected, actual, TOLERANCE, what);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({ "innovation, crs, in", "innovation, crs, out", "innovation, vrs, in", "innovation, vrs, out",
            "panel, crs, in", "panel, crs, out", "panel, vrs, in", "panel, vrs, out" })
    void indexAndDecompositionAsBenchmarking(String name, String rts, String orientation) throws Exception {
        AnalysisResult result = run(name, Map.of("rts", rts, "orientation", orientation));
        ResultTable index = result.table("malmquist").orElseThrow();
        ResultTable distances = result.table("malmquist-distances").orElseThrow();
        List<Map<String, String>> reference = Reference.read(name, "malmquist-" + rts + "-" + orientation + ".csv");
        assertEquals(reference.size(), index.rows().size(), "one row per DMU observed in both periods of a pair");
        int infeasible = 0;
        for (Map<String, String> r : reference) {
            Object[] key = { r.get("dmu"), r.get("from"), r.get("to") };
            List<Object> d = Reference.row(distances, key);
            List<Object> row = Reference.row(index, key);
            boolean defined = true;
            for (String[] pair : new String[][] { { "e00", "d-t-t" }, { "e10", "d-t-t1" }, { "e01", "d-t1-t" }, { "e11", "d-t1-t1" } }) {
                double e = Reference.number(r, pair[0]);
                defined &= Double.isFinite(e);
                infeasible += Double.isFinite(e) ? 0 : 1;
                assertClose(converted(orientation, e, true), Reference.number(distances, d, pair[1]), r + " " + pair[0]);
            }
            assertClose(converted(orientation, Reference.number(r, "ec"), true), Reference.number(index, row, "effch"), r + " ec");
            assertClose(converted(orientation, Reference.number(r, "tc"), defined), Reference.number(index, row, "tech"), r + " tc");
            assertClose(converted(orientation, Reference.number(r, "m"), defined), Reference.number(index, row, "malmquist"), r + " m");
            if (rts.equals("crs")) {
                assertClose(converted(orientation, Reference.number(r, "v00"), true), Reference.number(distances, d, "vrs-t-t"), r + " v00");
                assertClose(converted(orientation, Reference.number(r, "v11"), true), Reference.number(distances, d, "vrs-t1-t1"), r + " v11");
                assertClose(converted(orientation, Reference.number(r, "pech"), true), Reference.number(index, row, "pech"), r + " pech");
                assertClose(converted(orientation, Reference.number(r, "sech"), true), Reference.number(index, row, "sech"), r + " sech");
            } else {
                assertFalse(Reference.hasColumn(index, "pech"), "no PECH/SECH for the VRS index");
            }
        }
        long warned = result.messages().stream().filter(m -> m.text().startsWith("the cross-period VRS programme")).count();
        assertEquals(infeasible, warned, "one warning per cross-period programme without solution");
        if (rts.equals("crs")) {
            assertEquals(0, infeasible, "CRS cross-period programmes always have a solution with positive data");
        }
    }

    /** An infeasible cross-period programme is named: DMU, its period, the technology's period; TECH and M empty. */
    @Test
    void infeasibleCrossPeriodProgrammeNamesTheDmu() throws Exception {
        AnalysisResult result = run("panel", Map.of("rts", "vrs"));
        assertTrue(result.messages().stream().anyMatch(m -> m.text().equals("the cross-period VRS programme of DMU 'A' in"
                + " period 2019 against the technology of period 2020 has no feasible solution (no radial scaling reaches"
                + " that period's VRS frontier); its distance, and the TECH and M that use it, are undefined (left empty);"
                + " rts=crs is always feasible")), result.messages().toString());
        ResultTable index = result.table("malmquist").orElseThrow();
        List<Object> a = Reference.row(index, "A", "2019", "2020");
        assertTrue(Double.isNaN(Reference.number(index, a, "malmquist")) && Double.isNaN(Reference.number(index, a, "tech")));
        Map<String, String> reference = Reference.read("panel", "malmquist-vrs-in.csv").stream()
                .filter(r -> r.get("dmu").equals("A") && r.get("from").equals("2019")).findFirst().orElseThrow();
        assertTrue(Double.isInfinite(Reference.number(reference, "e01")), "Benchmarking: Inf");
        assertEquals(Reference.number(reference, "ec"), Reference.number(index, a, "effch"), TOLERANCE, "EFFCH stays defined");
    }

    /** The unbalanced panel: H has no index for 2020→2021 and 2021→2022, and each gap is named. */
    @Test
    void unbalancedPanelNamesTheMissingDmu() throws Exception {
        AnalysisResult result = run("panel", Map.of());
        List<String> warnings = result.messages().stream().map(m -> m.text()).filter(t -> t.startsWith("DMU 'H'")).toList();
        assertEquals(List.of("DMU 'H' is in period 2020 but not in 2021: it has no index for that pair of periods",
                "DMU 'H' is in period 2022 but not in 2021: it has no index for that pair of periods"), warnings);
    }

    /** Defaults: CRS (Färe et al. 1994) and input orientation; the summary holds the geometric means of the rows. */
    @Test
    void defaultsAreFaereCrsInputAndSummaryIsGeometricMean() throws Exception {
        AnalysisResult defaults = run("innovation", Map.of());
        assertEquals(run("innovation", Map.of("rts", "crs", "orientation", "in")).tables(), defaults.tables());
        ResultTable index = defaults.table("malmquist").orElseThrow();
        ResultTable summary = defaults.table("malmquist-summary").orElseThrow();
        for (String column : List.of("effch", "tech", "malmquist", "pech", "sech")) {
            double logs = 0;
            int n = 0;
            for (List<Object> row : index.rows()) {
                if (row.get(1).equals("2021")) {
                    logs += Math.log(Reference.number(index, row, column));
                    n++;
                }
            }
            assertEquals(15, n);
            assertEquals(Math.exp(logs / n), Reference.number(summary, Reference.row(summary, "2021", "2022"), column), 1e-12, column);
        }
        for (List<Object> row : index.rows()) {
            assertEquals(Reference.number(index, row, "effch") * Reference.number(index, row, "tech"),
                    Reference.number(index, row, "malmquist"), 1e-12, "M = EFFCH × TECH");
            assertEquals(Reference.number(index, row, "pech") * Reference.number(index, row, "sech"),
                    Reference.number(index, row, "effch"), 1e-12, "EFFCH = PECH × SECH");
        }
    }
}
