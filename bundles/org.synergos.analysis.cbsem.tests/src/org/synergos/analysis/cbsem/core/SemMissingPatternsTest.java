package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Missing-data patterns, cases per pattern and coverage with {@code missing = "ml"}, in lavaan's order, against
 * lavaan 0.6-14, R 4.2.2 ({@code lavInspect(fit, "patterns")}, {@code "coverage"}, {@code fit@Data@Mp[[g]]$freq};
 * {@code lavaan_inspect/poldem_fiml_moments.json}, {@code poldem_mg_fiml_moments.json}): patterns and counts
 * exactly, coverage to 1e-4.
 */
class SemMissingPatternsTest {

    @Test
    void patternsAndCoverageMatchLavaan() {
        SemResult r = Sem.fit(LavaanReference.politicalDemocracy(),
                LavaanReference.data("PoliticalDemocracy_missing5pct.csv"),
                SemOptions.builder().missing(MissingData.FIML).build());
        assertPatterns("lavaan_inspect/poldem_fiml_moments.json", r);
    }

    @Test
    void patternsPerGroupInLavaansGroupOrder() {
        // as regenerate-lavaan.R: the 5%-missing copy with the grp column of the grouped copy
        DataSet data = LavaanReference.data("PoliticalDemocracy_missing5pct.csv").withTextColumn("grp",
                LavaanReference.data("PoliticalDemocracy_grouped.csv").groupingColumn("grp"));
        SemResult grouped = Sem.fit(LavaanReference.politicalDemocracy(), data,
                SemOptions.builder().missing(MissingData.FIML).group("grp").build());
        JsonNode labels = LavaanReference.json("lavaan_inspect/poldem_mg_fiml_moments.json").get("group_label");
        assertEquals(labels.get(0).asText(), grouped.groupLabels().get(0));
        assertEquals(labels.get(1).asText(), grouped.groupLabels().get(1));
        assertPatterns("lavaan_inspect/poldem_mg_fiml_moments.json", grouped);
        SemMomentsTest.assertMoments("lavaan_inspect/poldem_mg_fiml_moments.json", grouped, SemMomentsTest.TUTORIAL_OV);
    }

    static void assertPatterns(String referenceJson, SemResult r) {
        JsonNode missing = LavaanReference.json(referenceJson).get("missing");
        for (int g = 0; g < missing.size(); g++) {
            JsonNode ref = missing.get(g);
            MissingPatterns actual = r.missingPatterns(g + 1);
            for (int j = 0; j < actual.variables().size(); j++) {
                assertEquals(ref.get("variables").get(j).asText(), actual.variables().get(j));
            }
            assertEquals(ref.get("freq").size(), actual.patterns().size(), referenceJson + " g" + (g + 1) + " patterns");
            for (int k = 0; k < actual.patterns().size(); k++) {
                MissingPatterns.Pattern pattern = actual.patterns().get(k);
                assertEquals(ref.get("freq").get(k).asInt(), pattern.cases(), "cases of pattern " + (k + 1));
                for (int j = 0; j < actual.variables().size(); j++) {
                    assertEquals(ref.get("patterns").get(k).get(j).asInt() == 1, pattern.observed()[j],
                            "pattern " + (k + 1) + " variable " + actual.variables().get(j));
                }
            }
            double[][] coverage = actual.coverage();
            for (int i = 0; i < coverage.length; i++) {
                for (int j = 0; j < coverage.length; j++) {
                    SemMomentsTest.close(ref.get("coverage").get(i).get(j).asDouble(), coverage[i][j],
                            "coverage " + actual.variables().get(i) + "," + actual.variables().get(j));
                }
            }
        }
    }
}
