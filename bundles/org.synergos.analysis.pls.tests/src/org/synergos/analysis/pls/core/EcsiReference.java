package org.synergos.analysis.pls.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.testing.ReferenceTable;
import org.synergos.testing.ReferenceResults;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Test support: the mobi data and the ECSI model as seminr 2.3.2 (R 4.2.2) exported them in
 * {@code org.synergos.testing}'s {@code reference/seminr_mobi_ecsi}. The model is rebuilt from {@code <prefix>_estimates.json}
 * (blocks from {@code vif_outer}, paths from {@code vif_inner}), never typed in by hand.
 */
final class EcsiReference {

    static final String DIR = "seminr_mobi_ecsi/";

    private EcsiReference() {
    }

    static ReferenceTable mobi() {
        return ReferenceResults.table("data/mobi.csv");
    }

    static List<String> mobiColumns() {
        return mobi().header();
    }

    static double[][] mobiData() {
        ReferenceTable t = mobi();
        List<String> cols = t.header();
        double[][] d = new double[t.rowCount()][cols.size()];
        for (int i = 0; i < d.length; i++) {
            for (int c = 0; c < cols.size(); c++) {
                d[i][c] = t.number(i, cols.get(c));
            }
        }
        return d;
    }

    /** The ECSI model of {@code <prefix>_estimates.json} with every construct measured as {@code measurement}. */
    static PlsModel model(String prefix, Measurement measurement) {
        JsonNode json = ReferenceResults.json(DIR + prefix + "_estimates.json");
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        for (JsonNode row : json.get("vif_outer")) {
            blocks.computeIfAbsent(row.get("construct").asText(), c -> new ArrayList<>()).add(row.get("item").asText());
        }
        PlsModel.Builder b = PlsModel.builder();
        blocks.forEach((name, items) -> b.construct(name, measurement, items));
        for (JsonNode row : json.get("vif_inner")) {
            b.path(row.get("antecedent").asText(), row.get("dependent").asText());
        }
        return b.build();
    }

    static PlsResult estimate(String prefix, Measurement measurement, PlsOptions options) {
        return PlsEstimator.estimate(mobiData(), mobiColumns(), model(prefix, measurement), options);
    }

    /** Records the largest absolute deviation of a comparison series and asserts each value. */
    static final class Deviation {
        private final String what;
        private final double tolerance;
        private double max;
        private int compared;

        Deviation(String what, double tolerance) {
            this.what = what;
            this.tolerance = tolerance;
        }

        void check(double expected, double actual, String label) {
            assertFalse(Double.isNaN(actual), what + " " + label + " is NaN");
            assertEquals(expected, actual, tolerance, what + " " + label);
            max = Math.max(max, Math.abs(expected - actual));
            compared++;
        }

        /** Compares every non-missing cell of a reference matrix (row names in the first column). */
        void matrix(ReferenceTable ref, LabeledMatrix actual) {
            for (String row : ref.rowNames()) {
                for (String col : ref.header().subList(1, ref.header().size())) {
                    double e = ref.number(row, col);
                    if (!Double.isNaN(e)) {
                        check(e, actual.get(row, col), row + "/" + col);
                    }
                }
            }
        }

        double max() {
            return max;
        }

        int compared() {
            return compared;
        }

        void report() {
            assertFalse(compared == 0, what + ": nothing compared");
            System.out.printf("%-48s %4d values, max |dev| %.3e (tol %.1e)%n", what, compared, max, tolerance);
        }
    }
}
