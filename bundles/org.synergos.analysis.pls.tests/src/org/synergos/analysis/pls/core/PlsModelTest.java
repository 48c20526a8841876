package org.synergos.analysis.pls.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Specification validation: every rejection names the offending element. */
class PlsModelTest {

    private static PlsModel.Builder twoConstructs() {
        return PlsModel.builder().construct("A", Measurement.COMPOSITE_MODE_A, "a1", "a2")
                .construct("B", Measurement.REFLECTIVE, "b1", "b2");
    }

    private static void rejects(String fragment, Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().contains(fragment), e.getMessage() + " should mention " + fragment);
    }

    @Test
    void acceptsAValidModel() {
        PlsModel m = twoConstructs().path("A", "B").build();
        assertEquals(List.of("A", "B"), m.constructNames());
        assertEquals(List.of("a1", "a2", "b1", "b2"), m.indicatorNames());
        assertEquals(0, m.without(new StructuralPath("A", "B")).paths().size());
    }

    @Test
    void rejectsUnknownConstructInPath() {
        rejects("'C'", () -> twoConstructs().path("A", "C").build());
    }

    @Test
    void rejectsEmptyBlock() {
        rejects("'E'", () -> twoConstructs().construct("E", Measurement.REFLECTIVE, List.of()).build());
    }

    @Test
    void rejectsDuplicatesAndSharedIndicators() {
        rejects("'A'", () -> twoConstructs().construct("A", Measurement.REFLECTIVE, "x").build());
        rejects("'a1'", () -> twoConstructs().construct("C", Measurement.REFLECTIVE, "a1").build());
        rejects("A -> B", () -> twoConstructs().path("A", "B").path("A", "B").build());
        rejects("self-loop", () -> twoConstructs().path("A", "A").build());
    }

    @Test
    void rejectsCyclesNamingThem() {
        rejects("A -> B -> A", () -> twoConstructs().path("A", "B").path("B", "A").build());
    }

    @Test
    void estimatorRejectsUnknownIndicatorColumnAndConstantIndicator() {
        PlsModel m = twoConstructs().path("A", "B").build();
        double[][] data = {{1, 2, 3, 4}, {2, 1, 4, 3}, {3, 5, 1, 2}, {4, 3, 2, 6}};
        rejects("'b2'", () -> PlsEstimator.estimate(data, List.of("a1", "a2", "b1", "x"), m, PlsOptions.defaults()));
        double[][] constant = {{1, 2, 3, 4}, {2, 1, 3, 3}, {3, 5, 3, 2}, {4, 3, 3, 6}};
        rejects("'b1'", () -> PlsEstimator.estimate(constant, List.of("a1", "a2", "b1", "b2"), m, PlsOptions.defaults()));
    }

    @Test
    void nonConvergenceIsTyped() {
        PlsModel m = EcsiReference.model("ecsi_pls", Measurement.COMPOSITE_MODE_A);
        NonConvergenceException e = assertThrows(NonConvergenceException.class, () -> PlsEstimator.estimate(
                EcsiReference.mobiData(), EcsiReference.mobiColumns(), m, PlsOptions.builder().maxIterations(2).build()));
        assertEquals(3, e.iterations());
        assertTrue(e.lastChange() >= 1e-7);
    }

    @Test
    void missingDataListwiseAndMeanReplacement() {
        List<String> cols = EcsiReference.mobiColumns();
        double[][] data = EcsiReference.mobiData();
        data[3][cols.indexOf("PERQ2")] = Double.NaN;
        data[10][cols.indexOf("CUSL1")] = Double.NaN;
        PlsModel m = EcsiReference.model("ecsi_pls", Measurement.COMPOSITE_MODE_A);
        PlsResult listwise = PlsEstimator.estimate(data, cols, m, PlsOptions.defaults());
        assertEquals(248, listwise.observations());
        assertTrue(java.util.Arrays.stream(listwise.rowsUsed()).noneMatch(r -> r == 3 || r == 10));
        PlsResult mean = PlsEstimator.estimate(data, cols,
                m, PlsOptions.builder().missingData(MissingDataTreatment.MEAN_REPLACEMENT).build());
        assertEquals(250, mean.observations());
        assertEquals(2, mean.missingCellsReplaced());
        // listwise deletion equals estimating on the complete rows directly
        PlsResult rows = PlsEstimator.estimateOnRows(EcsiReference.mobiData(), cols, m, PlsOptions.defaults(),
                listwise.rowsUsed());
        assertEquals(rows.pathCoefficients().get("Image", "Loyalty"), listwise.pathCoefficients().get("Image", "Loyalty"),
                1e-14);
    }

    @Test
    void modeBAndOtherSchemesRun() {
        PlsModel m = EcsiReference.model("ecsi_pls", Measurement.COMPOSITE_MODE_B);
        for (InnerWeighting scheme : InnerWeighting.values()) {
            PlsResult r = PlsEstimator.estimate(EcsiReference.mobiData(), EcsiReference.mobiColumns(), m,
                    PlsOptions.builder().innerWeighting(scheme).build());
            // Mode B weights are regression weights: the composite has unit variance w'Sw = 1, so its
            // correlation with each indicator equals the loading; the sum of w_a * loading_a over a block is 1
            double sum = 0;
            for (String item : m.construct("Quality").orElseThrow().indicators()) {
                sum += r.outerWeights().get(item, "Quality") * r.outerLoadings().get(item, "Quality");
            }
            assertEquals(1.0, sum, 1e-10, scheme.name());
        }
    }
}
