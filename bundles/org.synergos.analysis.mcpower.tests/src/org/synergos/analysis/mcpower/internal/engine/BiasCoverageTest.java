package org.synergos.analysis.mcpower.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultTable;

/**
 * A well-specified model (paper E's structure and betas, loadings 0.8) fitted by ML at n = 1,000, where ML is
 * consistent and its Wald intervals are asymptotically exact: over 1,000 replications the bias of each path and
 * of the indirect effect is within 4 Monte Carlo SEs (SD/√R) of 0, the coverage of the 95% CI within 4 MC SEs
 * (√(0.95·0.05/R)) of 0.95, and the mean SE within 4/√(2R) (the SE of an SD, relative) of the empirical SD.
 * A test of a null path (β = 0) rejects at the rate α within 4 MC SEs.
 */
class BiasCoverageTest {

    private static final int R = 1000;

    @Test
    void mlIsUnbiasedAndItsIntervalsCover() throws Exception {
        AnalysisResult result = Models.run(Models.mediationModel(0.437, 0.616, 0.317), null, Models.params(
                "population", "reported", "loading", "0.8", "n", "1000", "replications", String.valueOf(R)));
        ResultTable table = result.table("power").orElseThrow();
        for (String target : List.of("H1", "H2", "H3", "H4 (indirect)")) {
            double sd = table.number(target, "sd");
            double bias = table.number(target, "bias");
            assertTrue(Math.abs(bias) <= 4 * sd / Math.sqrt(R), target + ": bias " + bias + ", 4 MC SE "
                    + 4 * sd / Math.sqrt(R));
            double coverage = table.number(target, "coverage");
            assertTrue(Math.abs(coverage - 0.95) <= 4 * Math.sqrt(0.95 * 0.05 / R), target + ": coverage " + coverage);
            double ratio = table.number(target, "mean-se") / sd;
            assertTrue(Math.abs(ratio - 1) <= 4 / Math.sqrt(2.0 * R), target + ": mean SE / SD = " + ratio);
            assertEquals(table.number(target, "mean") - table.number(target, "population"), bias, 1e-12);
        }
        // the marker metric: the model fitted to Σ gives the standardized value times the marker loadings' ratio
        assertEquals(0.437, table.number("H2", "population"), 1e-6);
        assertEquals(0.437 * 0.616, table.number("H4 (indirect)", "population-std"), 1e-12);
    }

    @Test
    void aNullPathIsRejectedAtTheRateAlpha() throws Exception {
        AnalysisResult result = Models.run(Models.mediationModel(0.437, 0.616, 0.317), null, Models.params(
                "population", "reported", "loading", "0.8", "n", "200", "replications", "2000", "effects", "H1=0"));
        double rate = result.table("power").orElseThrow().number("H1", "power");
        assertTrue(Math.abs(rate - 0.05) <= 4 * Math.sqrt(0.05 * 0.95 / 2000), "type I error rate " + rate);
    }

    @Test
    void plsBootstrapTestOfANullPathRejectsAtTheRateAlpha() throws Exception {
        org.synergos.model.Framework framework = org.synergos.model.SynergosFactory.eINSTANCE.createFramework();
        framework.setId("framework");
        org.synergos.model.Construct x = Models.construct(framework, "X", "x1", "x2", "x3");
        org.synergos.model.Construct y = Models.construct(framework, "Y", "y1", "y2", "y3");
        Models.reported(framework, Models.path(framework, "H1", x, y), "beta", 0);
        int replications = 600;
        AnalysisResult result = Models.run(framework, null, Models.params("method", "pls-sem", "population",
                "reported", "n", "100", "replications", String.valueOf(replications), "pls-bootstrap", "100"));
        double rate = result.table("power").orElseThrow().number("H1", "power");
        assertTrue(Math.abs(rate - 0.05) <= 4 * Math.sqrt(0.05 * 0.95 / replications), "type I error rate " + rate);
    }
}
