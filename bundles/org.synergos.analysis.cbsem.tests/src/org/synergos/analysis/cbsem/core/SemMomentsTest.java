package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Sample moments ({@code lavInspect(fit, "sampstat")}) and model-implied moments ({@code fitted(fit)}) per group,
 * with lavaan's default options for each call, against lavaan 0.6-14, R 4.2.2 ({@code lavaan_inspect/*_moments.json});
 * every matrix element and mean to 1e-4 relative or absolute, whichever is looser.
 */
class SemMomentsTest {

    /** lavaan's observed-variable order of the tutorial model (the patterns' column names in the reference). */
    static final List<String> TUTORIAL_OV = List.of("x1", "x2", "x3", "y1", "y2", "y3", "y4", "y5", "y6", "y7", "y8");

    @Test
    void listwiseMlWithoutMeanStructure() {
        SemResult r = Sem.fit(LavaanReference.politicalDemocracy(), LavaanReference.data("PoliticalDemocracy.csv"),
                SemOptions.defaults());
        assertMoments("lavaan_inspect/poldem_ml_moments.json", r, TUTORIAL_OV);
        assertNull(r.sampleMoments(1).mean(), "no mean structure, no means (as lavaan)");
    }

    @Test
    void observedCovariatesComeLastAsInLavaan() {
        SemResult r = Sem.fit(SemStdNoxTest.mimic(), LavaanReference.data("PoliticalDemocracy.csv"),
                SemOptions.defaults());
        assertMoments("lavaan_inspect/mimic_ml_moments.json", r,
                List.of("y1", "y2", "y3", "y4", "y5", "y6", "y7", "y8", "x1", "x2", "x3"));
    }

    @Test
    void fimlSampleMomentsAreTheEmEstimates() {
        SemResult r = Sem.fit(LavaanReference.politicalDemocracy(),
                LavaanReference.data("PoliticalDemocracy_missing5pct.csv"),
                SemOptions.builder().missing(MissingData.FIML).build());
        assertMoments("lavaan_inspect/poldem_fiml_moments.json", r, TUTORIAL_OV);
        assertNotNull(r.impliedMoments(1).mean());
    }

    @Test
    void multigroupMomentsPerGroupInLavaansGroupOrder() {
        SemResult r = Sem.fit(LavaanReference.politicalDemocracy(), LavaanReference.data("PoliticalDemocracy_grouped.csv"),
                SemOptions.builder().group("grp").build());
        JsonNode labels = LavaanReference.json("lavaan_inspect/poldem_mg_moments.json").get("group_label");
        assertEquals(List.of(labels.get(0).asText(), labels.get(1).asText()), r.groupLabels());
        assertMoments("lavaan_inspect/poldem_mg_moments.json", r, TUTORIAL_OV);
    }

    static void assertMoments(String referenceJson, SemResult r, List<String> lavaanOrder) {
        assertEquals(lavaanOrder, r.parameterTable().observed(), "observed-variable order");
        JsonNode groups = LavaanReference.json(referenceJson).get("groups");
        assertEquals(groups.size(), r.groupLabels().size(), "groups");
        int compared = 0;
        for (int g = 0; g < groups.size(); g++) {
            compared += compare(groups.get(g).get("sampstat"), r.sampleMoments(g + 1), referenceJson + " g" + (g + 1)
                    + " sampstat");
            compared += compare(groups.get(g).get("implied"), r.impliedMoments(g + 1), referenceJson + " g" + (g + 1)
                    + " implied");
        }
        int p = lavaanOrder.size();
        assertEquals(true, compared >= groups.size() * 2 * p * p, "elements compared: " + compared);
    }

    private static int compare(JsonNode expected, Moments actual, String what) {
        int p = actual.variables().size();
        double[][] cov = actual.cov();
        int compared = 0;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                close(expected.get("cov").get(i).get(j).asDouble(), cov[i][j], what + " cov " + actual.variables().get(i)
                        + "," + actual.variables().get(j));
                compared++;
            }
        }
        JsonNode mean = expected.get("mean");
        if (mean == null || mean.isEmpty()) {
            assertNull(actual.mean(), what + ": lavaan reports no means");
        } else {
            List<Double> values = new ArrayList<>();
            mean.forEach(v -> values.add(v.asDouble()));
            for (int i = 0; i < p; i++) {
                // lavaan writes the means as a named vector: {"x1": ..., ...}
                double e = mean.has(actual.variables().get(i)) ? mean.get(actual.variables().get(i)).asDouble()
                        : values.get(i);
                close(e, actual.mean()[i], what + " mean " + actual.variables().get(i));
                compared++;
            }
        }
        return compared;
    }

    static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-4 * Math.max(1, Math.abs(expected)), what + " (lavaan 0.6-14, R 4.2.2)");
    }
}
