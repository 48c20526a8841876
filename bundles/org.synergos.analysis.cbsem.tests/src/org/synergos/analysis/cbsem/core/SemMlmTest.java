package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.synergos.testing.ReferenceResults;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Estimator MLM beyond the corpus's number-by-number comparison (which compares the measures the core
 * computes): every measure lavaan 0.6-14 reports for an MLM fit is computed here too, lavaan's MLM defaults
 * are the ones in effect, and what lavaan refuses (or what the core does not do) with MLM is refused by name.
 */
class SemMlmTest {

    private static final String HS3 = """
            visual  =~ x1 + x2 + x3
            textual =~ x4 + x5 + x6
            speed   =~ x7 + x8 + x9
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "hs_cfa_mlm", "hs_mg_metric_mlm", "pd_sem_mlm" })
    void everyMeasureLavaanReportsForMlmIsComputed(String id) {
        JsonNode model = manifestEntry(id);
        SemResult r = Sem.fit(LavaanSyntax.parse(model.get("model").asText()),
                DataSet.readCsv(ReferenceResults.data(model.get("data").asText())),
                LavaanOptions.of(model.get("options")));
        JsonNode lavaan = ReferenceResults.json("lavaan_corpus/" + id + "_fit.json").get("fit_measures_all");
        List<String> missing = new ArrayList<>();
        for (Iterator<String> it = lavaan.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!r.fitMeasures().has(name) && !FitMeasures.NOT_REPORTED.containsKey(name)) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, id + ": lavaan's measures that the core does not compute");
        assertTrue(r.fitMeasures().has("chisq.scaled") && r.fitMeasures().has("cfi.robust"), id);
        // lavaan's options_resolved for MLM: expected information, robust.sem, satorra.bentler
        JsonNode resolved = ReferenceResults.json("lavaan_corpus/" + id + "_fit.json").get("options_resolved");
        assertEquals("expected", resolved.get("information").get(0).asText());
        assertEquals("robust.sem", resolved.get("se").asText());
        assertEquals("satorra.bentler", resolved.get("test").asText());
        assertEquals(InformationType.EXPECTED, r.options().information());
    }

    @Test
    void robustStandardErrorsDifferFromMlOnNonNormalData() {
        DataSet data = DataSet.readCsv(ReferenceResults.data("HolzingerSwineford1939.csv"));
        SemResult ml = Sem.fit(LavaanSyntax.parse(HS3), data, SemOptions.defaults());
        SemResult mlm = Sem.fit(LavaanSyntax.parse(HS3), data, SemOptions.builder().estimator(Estimator.MLM).build());
        ParameterEstimate a = ml.estimate("visual", Operator.LOADING, "x2");
        ParameterEstimate b = mlm.estimate("visual", Operator.LOADING, "x2");
        assertEquals(a.estimate(), b.estimate(), 1e-12, "MLM estimates are the ML estimates");
        assertTrue(Math.abs(a.se() - b.se()) > 1e-3, a.se() + " vs " + b.se());
        assertEquals(ml.fitMeasures().chisq(), mlm.fitMeasures().chisq(), 1e-9);
    }

    @Test
    void whatMlmCannotDoIsRefusedByName() {
        DataSet mar = DataSet.readCsv(ReferenceResults.data("HolzingerSwineford1939_mar.csv"));
        DataSet hs = DataSet.readCsv(ReferenceResults.data("HolzingerSwineford1939.csv"));
        ModelSpecification m = LavaanSyntax.parse(HS3);
        SemOptions.Builder mlm = SemOptions.builder().estimator(Estimator.MLM);
        assertRefused(() -> Sem.fit(m, mar, mlm.missing(MissingData.FIML).build()),
                "missing = fiml is not allowed with estimator MLM");
        assertRefused(() -> Sem.fit(m, hs, SemOptions.builder().estimator(Estimator.MLM)
                .information(InformationType.OBSERVED).build()), "information = observed");
        assertRefused(() -> Sem.fit(m, hs, SemOptions.builder().estimator(Estimator.MLM).bootstrap(10, 1L).build()),
                "MLM with bootstrap");
        assertRefused(() -> Sem.fit(LavaanSyntax.parse(HS3 + "visual ~ ageyr\n"), hs,
                SemOptions.builder().estimator(Estimator.MLM).build()), "MLM with fixed.x covariates");
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable fit, String expected) {
        SemException e = assertThrows(SemException.class, fit);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static JsonNode manifestEntry(String id) {
        for (JsonNode model : ReferenceResults.json("lavaan_corpus/manifest.json").get("models")) {
            if (model.get("id").asText().equals(id)) {
                return model;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
