package org.synergos.analysis.cbsem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.data.matrix.GroupMatrix;
import org.synergos.data.matrix.MatrixData;
import org.synergos.testing.ReferenceResults;

/**
 * CB-SEM from summary statistics against lavaan 0.6-14 (R 4.2.2) given the same matrix files
 * ({@code org.synergos.testing/reference/lavaan_samplecov/}, written by {@code regenerate-lavaan-samplecov.R}):
 * every estimate, SE, z, p, CI and standardised value, and every fit measure lavaan reports, at 1e-4
 * relative (absolute near 0), with lavaan's defaults for {@code sample.cov} (rescaled by (n − 1)/n; a mean
 * structure exactly when means are given).
 */
class SemSummaryDataLavaanTest {

    private static final double REL = 1e-4;
    private static final double ABS = 1e-6;
    private static final LavaanReference REF = new LavaanReference();

    record Case(String name, Supplier<ModelSpecification> model, String matrixFile, String groupColumn) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        Supplier<ModelSpecification> hs = FitMeasuresLavaanTest::holzingerSwineford;
        return Stream.of(new Case("poldem_cov_lower", LavaanReference::politicalDemocracy, "poldem_cov_lower.csv", null),
                new Case("hs_corr_sd_mean", hs, "hs_corr_sd_mean.csv", null),
                new Case("hs_corr_upper", hs, "hs_corr_upper.csv", null),
                new Case("hs_school_cov_mean", hs, "hs_school_cov_mean.csv", "school"),
                new Case("hs_school_cov_nomean", hs, "hs_school_cov_nomean.csv", "school"),
                new Case("paper_e_table1", SemSummaryDataLavaanTest::paperE, "paper_e_table1.csv", null));
    }

    @AfterAll
    static void report() {
        System.out.println(REF.report("CB-SEM from summary statistics"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyEstimateAndFitMeasureMatchesLavaan(Case c) throws Exception {
        SemResult fit = Sem.fit(c.model().get(), summary(c.matrixFile(), c.groupColumn()), SemOptions.defaults());
        String prefix = "lavaan_samplecov/" + c.name();
        REF.assertParameters(prefix + "_params.csv", fit, REL, ABS, true);
        JsonNode reference = LavaanReference.json(prefix + "_fit.json");
        assertEquals(reference.get("meanstructure").asBoolean(), fit.parameterTable().meanStructure(), "meanstructure");
        JsonNode lavaan = reference.get("fit_measures_all");
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = lavaan.fieldNames(); it.hasNext();) {
            String name = it.next();
            names.add(name);
            if (!fit.fitMeasures().has(name)) {
                fail(c.name() + ": lavaan reports " + name + ", Synergos does not");
            }
            JsonNode value = lavaan.get(name);
            // lavaan's NA (e.g. CFI of a saturated model) is written as the text "NA"
            double expected = value.isNumber() ? value.asDouble() : Double.NaN;
            REF.assertClose(expected, fit.fitMeasures().get(name), REL, REL, prefix + " " + name);
        }
        assertEquals(names, List.copyOf(fit.fitMeasures().names()), c.name() + ": names and order");
    }

    @Test
    void theSameNumbersAsFromTheRawData() throws Exception {
        // the covariance matrix of the raw data carries everything ML without a mean structure uses
        SemResult raw = Sem.fit(LavaanReference.politicalDemocracy(), LavaanReference.data("PoliticalDemocracy.csv"),
                SemOptions.defaults());
        SemResult moments = Sem.fit(LavaanReference.politicalDemocracy(), summary("poldem_cov_lower.csv", null),
                SemOptions.defaults());
        for (ParameterEstimate e : raw.estimates()) {
            Parameter p = e.parameter();
            ParameterEstimate m = moments.estimate(p.lhs(), p.op(), p.rhs(), p.group());
            assertEquals(e.estimate(), m.estimate(), 1e-8 * Math.max(1, Math.abs(e.estimate())), p.toString());
            assertEquals(e.se(), m.se(), 1e-8 * Math.max(1, Math.abs(e.se())), p.toString());
        }
        assertEquals(raw.fitMeasures().chisq(), moments.fitMeasures().chisq(), 1e-8);
        assertEquals(raw.fitMeasures().get("bic"), moments.fitMeasures().get("bic"), 1e-6);
    }

    @Test
    void optionsThatNeedTheCasesAreRefusedByName() throws Exception {
        SummaryData data = summary("poldem_cov_lower.csv", null);
        ModelSpecification model = LavaanReference.politicalDemocracy();
        assertRefused(model, data, SemOptions.builder().missing(MissingData.FIML).build(), "missing = fiml needs the raw data");
        assertRefused(model, data, SemOptions.builder().estimator(Estimator.MLR).build(), "estimator MLR needs the raw data");
        assertRefused(model, data, SemOptions.builder().estimator(Estimator.MLM).build(), "estimator MLM needs the raw data");
        assertRefused(model, data, SemOptions.builder().bootstrap(100, 1).build(), "bootstrap standard errors need the raw");
        assertRefused(model, data, SemOptions.builder().meanStructure(true).build(), "give no means");
    }

    @Test
    void aVariableTheMatrixLacksOrASingularMatrixIsNamed() throws Exception {
        SummaryData data = summary("hs_corr_upper.csv", null);
        ModelSpecification model = ModelSpecification.builder().latent("visual", "x1", "x2", "x10").build();
        SemException missing = assertThrows(SemException.class, () -> Sem.fit(model, data, SemOptions.defaults()));
        assertTrue(missing.getMessage().contains("observed variable 'x10' is not in the data"), missing.getMessage());
        double[][] singular = {{1, 0.5, 0.75}, {0.5, 1, 0.25}, {0.75, 0.25, 0.5}};
        // cov(x1, x3) = 0.75 exceeds √(1 · 0.5): no data have these moments
        SummaryData bad = SummaryData.of(List.of("x1", "x2", "x3"), List.of(new SummaryData.Group("", 100, singular, null)));
        SemException npd = assertThrows(SemException.class, () -> Sem.fit(
                ModelSpecification.builder().latent("f", "x1", "x2", "x3").build(), bad, SemOptions.defaults()));
        assertTrue(npd.getMessage().contains("is not positive definite: 'x3'"), npd.getMessage());
    }

    private static void assertRefused(ModelSpecification model, SummaryData data, SemOptions options, String text) {
        SemException e = assertThrows(SemException.class, () -> Sem.fit(model, data, options));
        assertTrue(e.getMessage().contains(text), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    static ModelSpecification paperE() {
        return ModelSpecification.builder()
                .latent("NQPF", "nqpf")
                .latent("DT", "dt")
                .latent("CIP", "cip")
                .regression("DT", "NQPF")
                .regression("CIP", "NQPF", "DT")
                .build();
    }

    static SummaryData summary(String matrixFile, String groupColumn) throws Exception {
        Dataset file = new CsvDatasetReader().read(ReferenceResults.data("matrix/" + matrixFile));
        List<SummaryData.Group> groups = new ArrayList<>();
        List<GroupMatrix> matrices = MatrixData.read(file, groupColumn);
        for (GroupMatrix m : matrices) {
            groups.add(new SummaryData.Group(m.group(), (int) m.n(), m.covariance(), m.means()));
        }
        return SummaryData.of(matrices.get(0).variables(), groups);
    }
}
