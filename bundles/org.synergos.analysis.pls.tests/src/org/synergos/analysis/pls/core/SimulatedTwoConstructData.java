package org.synergos.analysis.pls.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Population model for predictive-relevance tests: ξ → η with β = 0.6, ξ measured by 4 and η by 3
 * indicators, all standardised loadings 0.8. A proxy built from the 4 ξ indicators has squared
 * correlation with ξ of rel = (4·0.8)² / ((4·0.8)² + 4·0.36) = 0.8767, so the best linear out-of-sample
 * prediction of an η indicator from the ξ indicators explains (0.8·0.6)²·rel ≈ 0.202 of its variance.
 */
final class SimulatedTwoConstructData {

    static final double EXPECTED_PREDICTIVE_R2 = Math.pow(0.8 * 0.6, 2) * (10.24 / (10.24 + 1.44));

    private SimulatedTwoConstructData() {
    }

    static List<String> columns() {
        return List.of("x1", "x2", "x3", "x4", "y1", "y2", "y3");
    }

    static PlsModel model() {
        return PlsModel.builder().construct("Xi", Measurement.COMPOSITE_MODE_A, "x1", "x2", "x3", "x4")
                .construct("Eta", Measurement.COMPOSITE_MODE_A, "y1", "y2", "y3").path("Xi", "Eta").build();
    }

    static double[][] generate(int n, long seed) {
        Random rng = new Random(seed);
        double e = Math.sqrt(1 - 0.64);
        double[][] d = new double[n][7];
        for (int i = 0; i < n; i++) {
            double xi = rng.nextGaussian();
            double eta = 0.6 * xi + Math.sqrt(1 - 0.36) * rng.nextGaussian();
            for (int a = 0; a < 4; a++) {
                d[i][a] = 4 + 0.8 * xi + e * rng.nextGaussian();
            }
            for (int a = 4; a < 7; a++) {
                d[i][a] = 2 + 0.8 * eta + e * rng.nextGaussian();
            }
        }
        return d;
    }

    static List<String> endogenousIndicators() {
        return new ArrayList<>(List.of("y1", "y2", "y3"));
    }
}
