package org.synergos.analysis.pls.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.pls.core.ConstructSpec;
import org.synergos.analysis.pls.core.EcsiReferenceAccess;
import org.synergos.analysis.pls.core.Measurement;
import org.synergos.analysis.pls.core.PlsModel;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.Framework;
import org.synergos.model.StructuralPath;
import org.synergos.model.helpers.Elements;
import org.synergos.testing.ReferenceTable;
import org.synergos.testing.ReferenceResults;

/**
 * The engine end to end on a Synergos model of seminr's ECSI demo (mobi): tables and overlays agree
 * with seminr 2.3.2 (R 4.2.2) to 1e-6, as the core's point-estimate tests.
 */
class PlsEngineTest {

    private static final double TOLERANCE = 1e-6;

    /** The ECSI model as a Synergos framework, built from the reference's model description. */
    static Framework ecsi(Map<String, StructuralPath> paths) {
        PlsModel reference = EcsiReferenceAccess.model("ecsi_pls", Measurement.COMPOSITE_MODE_A);
        Framework framework = Elements.framework("ECSI");
        Map<String, Construct> constructs = new HashMap<>();
        for (ConstructSpec spec : reference.constructs()) {
            Construct construct = Elements.construct(framework, spec.name(), ConstructMode.COMPOSITE);
            spec.indicators().forEach(indicator -> Elements.indicator(construct, indicator));
            constructs.put(spec.name(), construct);
        }
        int h = 1;
        for (var path : reference.paths()) {
            StructuralPath element = Elements.path(framework, "H" + h++, constructs.get(path.from()),
                    constructs.get(path.to()));
            paths.put(path.from() + "  ->  " + path.to(), element);
        }
        return framework;
    }

    static AnalysisResult run(Framework framework, Map<String, String> parameters) throws Exception {
        Dataset data = new CsvDatasetReader().read(ReferenceResults.data("mobi.csv"));
        PlsEngine engine = new PlsEngine();
        AnalysisInput input = AnalysisInput.of(framework, data, null);
        assertTrue(engine.applicability(input).applicable(), engine.applicability(input).reasons().toString());
        return engine.run(new AnalysisRequest(input, Parameters.resolve(engine.descriptor(), parameters), null),
                AnalysisMonitor.silent());
    }

    @Test
    void perfectlyCollinearIndicatorsAreWarnedAbout() throws Exception {
        Framework framework = Elements.framework("duplicated item");
        Construct a = Elements.construct(framework, "A", ConstructMode.COMPOSITE);
        Construct b = Elements.construct(framework, "B", ConstructMode.COMPOSITE);
        List.of("a1", "a2", "a3").forEach(code -> Elements.indicator(a, code));
        List.of("b1", "b2").forEach(code -> Elements.indicator(b, code));
        Elements.path(framework, "H1", a, b);
        Dataset.Builder rows = Dataset.builder("survey.csv").columns(List.of("a1", "a2", "a3", "b1", "b2"));
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 60; i++) {
            int x = 1 + random.nextInt(7);
            // a3 is a1 recoded (2 * a1 + 1): perfectly collinear with it
            rows.row(i + 2, String.valueOf(x), String.valueOf(1 + random.nextInt(7)), String.valueOf(2 * x + 1),
                    String.valueOf(Math.min(7, x + random.nextInt(2))), String.valueOf(1 + random.nextInt(7)));
        }
        PlsEngine engine = new PlsEngine();
        AnalysisResult result = engine.run(new AnalysisRequest(AnalysisInput.of(framework, rows.build(), null),
                Parameters.resolve(engine.descriptor(), Map.of("bootstrap", "200", "blindfolding", "0",
                        "plspredict-folds", "0")), null), AnalysisMonitor.silent());
        assertTrue(result.messages().stream().anyMatch(m -> m.text().startsWith(
                "indicators 'a1' and 'a3' of construct 'A' are perfectly collinear (r = 1.000)")), result.messages().toString());
        assertFalse(result.messages().stream().anyMatch(m -> m.text().contains("'a2'")), "a2 is not collinear");
    }

    @Test
    void noUsableRowsNamesTheEmptyColumn() {
        Framework framework = Elements.framework("two blocks");
        Construct a = Elements.construct(framework, "A", ConstructMode.COMPOSITE);
        Construct b = Elements.construct(framework, "B", ConstructMode.COMPOSITE);
        List.of("a1", "a2").forEach(code -> Elements.indicator(a, code));
        List.of("b1", "b2").forEach(code -> Elements.indicator(b, code));
        Elements.path(framework, "H1", a, b);
        Dataset.Builder rows = Dataset.builder("survey.csv").columns(List.of("a1", "a2", "b1", "b2"));
        for (int i = 0; i < 10; i++) {
            rows.row(i + 2, String.valueOf(i % 5), String.valueOf(i % 3), String.valueOf(i % 4), null);
        }
        PlsEngine engine = new PlsEngine();
        AnalysisInput input = AnalysisInput.of(framework, rows.build(), null);
        Exception error = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> engine.run(
                new AnalysisRequest(input, Parameters.resolve(engine.descriptor(), Map.of()), null),
                AnalysisMonitor.silent()));
        assertTrue(error.getMessage().contains("only 0 usable rows of 10")
                && error.getMessage().contains("column 'b2' has no observed value"), error.getMessage());
    }

    @Test
    void pathsReliabilityAndOverlaysMatchSeminr() throws Exception {
        Map<String, StructuralPath> paths = new HashMap<>();
        Framework framework = ecsi(paths);
        AnalysisResult result = run(framework, Map.of("bootstrap", "0", "blindfolding", "0", "plspredict-folds", "0"));
        assertTrue(result.isSuccessful(), result.messages().toString());

        ReferenceTable expectedPaths = ReferenceResults.table("seminr_mobi_ecsi/ecsi_pls_boot_paths.csv");
        ResultTable structural = result.table("structural-model").orElseThrow();
        for (String label : expectedPaths.rowNames()) {
            StructuralPath path = paths.get(label);
            double expected = expectedPaths.number(label, "Original Est.");
            assertEquals(expected, structural.number(path.getLabel(), "beta"), TOLERANCE, label);
            ElementValue beta = result.elementValues().stream()
                    .filter(v -> v.elementId().equals(path.getId()) && v.key().equals("beta")).findFirst().orElseThrow();
            assertEquals(expected, beta.value(), TOLERANCE, label);
        }
        ReferenceTable reliability = ReferenceResults.table("seminr_mobi_ecsi/ecsi_pls_reliability.csv");
        ResultTable table = result.table("reliability").orElseThrow();
        for (String construct : reliability.rowNames()) {
            assertEquals(reliability.number(construct, "alpha"), table.number(construct, "alpha"), TOLERANCE);
            assertEquals(reliability.number(construct, "AVE"), table.number(construct, "ave"), TOLERANCE);
        }
        ReferenceTable crossLoadings = ReferenceResults.table("seminr_mobi_ecsi/ecsi_pls_cross_loadings.csv");
        ResultTable cross = result.table("cross-loadings").orElseThrow();
        for (String indicator : crossLoadings.rowNames()) {
            for (String construct : crossLoadings.header().subList(1, crossLoadings.header().size())) {
                assertEquals(crossLoadings.number(indicator, construct), cross.number(indicator, construct), TOLERANCE,
                        indicator + " on " + construct);
            }
        }
        ReferenceTable totals = ReferenceResults.table("seminr_mobi_ecsi/ecsi_pls_total_effects.csv");
        ResultTable total = result.table("total-effects").orElseThrow();
        assertEquals(totals.number("Image", "Loyalty"), total.number("Image → Loyalty", "total"), TOLERANCE);
        assertEquals(totals.number("Expectation", "Satisfaction"), total.number("Expectation → Satisfaction", "total"),
                TOLERANCE);
        ReferenceTable r2 = ReferenceResults.table("seminr_mobi_ecsi/ecsi_pls_paths_r2.csv");
        assertEquals(r2.number("R^2", "Satisfaction"), result.table("r2").orElseThrow().number("Satisfaction", "r2"),
                TOLERANCE);
    }

    @Test
    void bootstrapColumnsAndSignificanceStarsAppear() throws Exception {
        Map<String, StructuralPath> paths = new HashMap<>();
        AnalysisResult result = run(ecsi(paths), Map.of("bootstrap", "200", "seed", "7", "blindfolding", "0"));
        ResultTable structural = result.table("structural-model").orElseThrow();
        StructuralPath satisfactionLoyalty = paths.get("Satisfaction  ->  Loyalty");
        double t = structural.number(satisfactionLoyalty.getLabel(), "t");
        assertTrue(t > 3, "t = " + t);
        ElementValue beta = result.elementValues().stream()
                .filter(v -> v.elementId().equals(satisfactionLoyalty.getId()) && v.key().equals("beta"))
                .findFirst().orElseThrow();
        assertTrue(beta.display().contains("***"), beta.display());
        assertEquals("200", result.provenance().get("bootstrap"));
        double bcaLower = structural.number(satisfactionLoyalty.getLabel(), "bca.lower");
        double bcaUpper = structural.number(satisfactionLoyalty.getLabel(), "bca.upper");
        double beta0 = structural.number(satisfactionLoyalty.getLabel(), "beta");
        assertTrue(bcaLower < beta0 && beta0 < bcaUpper, bcaLower + " < " + beta0 + " < " + bcaUpper);
        assertTrue(result.table("htmt-bootstrap").isPresent() && result.table("plspredict").isPresent());
    }

    /**
     * The outer weights' bootstrap through the engine against seminr 2.3.2's {@code summary(boot)$bootstrapped_weights}
     * (5,000 draws, {@code seminr_mobi_ecsi/ecsi_pls_boot_weights.csv}): another random stream, so compared as
     * PlsBootstrapTest compares the core's draws, within Monte Carlo error: SD 7.5% relative, mean 0.1 SD,
     * percentile bounds 0.2 SD; the weights themselves to 1e-8.
     */
    @Test
    void outerWeightsHaveBootstrapSdAndCisAsSeminr() throws Exception {
        AnalysisResult result = run(ecsi(new HashMap<>()), Map.of("bootstrap", "5000", "seed", "2024",
                "blindfolding", "0", "plspredict-folds", "0"));
        ResultTable weights = result.table("outer-weights-bootstrap").orElseThrow();
        ReferenceTable ref = ReferenceResults.table("seminr_mobi_ecsi/ecsi_pls_boot_weights.csv");
        int compared = 0;
        for (int r = 0; r < ref.rowCount(); r++) {
            String[] parts = ref.cell(r, "row").split("  ->  ");
            if (parts[1].equals("Complaints")) {
                continue; // single-item block: weight 1 in every draw, SD 0
            }
            List<Object> row = weights.rows().stream()
                    .filter(w -> w.get(0).equals(parts[1]) && w.get(1).equals(parts[0])).findFirst().orElseThrow();
            double sd = ref.number(r, "Bootstrap SD");
            assertEquals(ref.number(r, "Original Est."), cell(weights, row, "weight"), 1e-8, "weight " + parts[0]);
            assertEquals(sd, cell(weights, row, "sd"), 0.075 * sd, "SD " + parts[0]);
            assertEquals(ref.number(r, "Bootstrap Mean"), cell(weights, row, "mean"), 0.1 * sd, "mean " + parts[0]);
            assertEquals(ref.number(r, "2.5% CI"), cell(weights, row, "ci.lower"), 0.2 * sd, "2.5% " + parts[0]);
            assertEquals(ref.number(r, "97.5% CI"), cell(weights, row, "ci.upper"), 0.2 * sd, "97.5% " + parts[0]);
            compared++;
        }
        assertEquals(ref.rowCount() - 1, compared, "every weight but the single item's");
        assertTrue(run(ecsi(new HashMap<>()), Map.of("bootstrap", "0", "blindfolding", "0", "plspredict-folds", "0"))
                .table("outer-weights-bootstrap").isEmpty(), "no bootstrap, no table");
    }

    private static double cell(ResultTable table, List<Object> row, String column) {
        return ((Number) row.get(table.columnIndex(column))).doubleValue();
    }

    /** The technique parameter reaches the computation and the table says which technique was used. */
    @Test
    void plsPredictTableNamesItsTechnique() throws Exception {
        Framework framework = ecsi(new HashMap<>());
        Map<String, String> common = Map.of("bootstrap", "0", "blindfolding", "0", "plspredict-folds", "5");
        ResultTable direct = run(framework, common).table("plspredict").orElseThrow();
        Map<String, String> earliestParameters = new HashMap<>(common);
        earliestParameters.put("plspredict-technique", "earliest-antecedents");
        ResultTable earliest = run(framework, earliestParameters).table("plspredict").orElseThrow();

        assertTrue(direct.title().contains("(direct antecedents)"), direct.title());
        assertTrue(direct.notes().get(0).contains("direct-antecedents technique")
                && direct.notes().get(0).contains("indicators of the direct antecedents"), direct.notes().toString());
        assertTrue(earliest.title().contains("(earliest antecedents)"), earliest.title());
        assertTrue(earliest.notes().get(0).contains("earliest-antecedents technique")
                && earliest.notes().get(0).contains("indicators of the exogenous constructs"), earliest.notes().toString());
        // Loyalty has the mediator Satisfaction among its direct antecedents: the techniques must differ there
        double directRmse = direct.number("CUSL1", "rmse");
        double earliestRmse = earliest.number("CUSL1", "rmse");
        assertTrue(Math.abs(directRmse - earliestRmse) > 1e-3, directRmse + " vs " + earliestRmse);
    }

    @Test
    void missingIndicatorColumnIsNotApplicable() throws Exception {
        Framework framework = ecsi(new HashMap<>());
        Elements.indicator(framework.getConstructs().get(0), "NOT_IN_DATA");
        Dataset data = new CsvDatasetReader().read(ReferenceResults.data("mobi.csv"));
        var applicability = new PlsEngine().applicability(AnalysisInput.of(framework, data, null));
        assertFalse(applicability.applicable());
        assertTrue(applicability.reasons().get(0).contains("'NOT_IN_DATA'"), applicability.reasons().toString());
    }
}
