package org.synergos.analysis.pls.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.EngineRegistry;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.Severity;
import org.synergos.analysis.reproduce.RScript;
import org.synergos.analysis.reproduce.RScriptWriter;
import org.synergos.analysis.study.AnalysisConfigurations;
import org.synergos.analysis.study.Study;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.model.ConstructMode;
import org.synergos.model.Framework;
import org.synergos.model.helpers.Elements;
import org.synergos.testing.ReferenceResults;

/**
 * The pls-sem engine on a matrix file bound as the model's data (seminr's mobi as correlations with SDs and means,
 * and as covariances; {@code reference/regenerate-pls-matrix.R}): every table and overlay equals the raw-data run's
 * (resampling off) at 1e-10, PLS and PLSc; what needs the cases is refused by name or, at its raw-data default,
 * left out with an information message; a group column is refused; the R export names the analysis as not
 * reproduced (seminr estimates from raw data only).
 */
class PlsMatrixEngineTest {

    private static final double SAME = 1e-10;
    private static final Map<String, String> NO_RESAMPLING = Map.of("bootstrap", "0", "blindfolding", "0",
            "plspredict-folds", "0");

    static AnalysisResult runOnMatrix(Framework framework, String file, Map<String, String> parameters)
            throws Exception {
        Dataset data = new CsvDatasetReader().read(ReferenceResults.data("matrix/" + file));
        PlsEngine engine = new PlsEngine();
        AnalysisInput input = AnalysisInput.of(framework, data, null);
        Applicability applicability = engine.applicability(input);
        assertTrue(applicability.applicable(), applicability.reasons().toString());
        return engine.run(new AnalysisRequest(input, Parameters.resolve(engine.descriptor(), parameters), null),
                AnalysisMonitor.silent());
    }

    @Test
    void withTheDefaultsTheMatrixGivesEveryTableOfTheRawDataRunAndSaysWhatIsLeftOut() throws Exception {
        Framework framework = PlsEngineTest.ecsi(new HashMap<>());
        AnalysisResult raw = PlsEngineTest.run(framework, NO_RESAMPLING);
        AnalysisResult matrix = runOnMatrix(framework, "mobi_corr_sd_mean.csv", Map.of());
        assertSameTables(raw, matrix);
        List<String> infos = matrix.messages().stream().filter(m -> m.severity() == Severity.INFO).map(Message::text)
                .toList();
        assertEquals(List.of("the bootstrap (t, p and confidence intervals) left out: it needs the cases, and "
                + "mobi_corr_sd_mean.csv holds summary statistics (the default bootstrap = 5000 applies to raw data;"
                + " set bootstrap = 0 to silence this)",
                "blindfolding (Q²) left out: it needs the cases, and mobi_corr_sd_mean.csv holds summary statistics"
                        + " (the default blindfolding = 7 applies to raw data; set blindfolding = 0 to silence this)",
                "PLSpredict left out: it needs the cases, and mobi_corr_sd_mean.csv holds summary statistics (the"
                        + " default plspredict-folds = 10 applies to raw data; set plspredict-folds = 0 to silence"
                        + " this)"), infos);
        assertFalse(matrix.table("plspredict").isPresent());
        assertFalse(matrix.table("outer-weights-bootstrap").isPresent());
        assertEquals("summary statistics from mobi_corr_sd_mean.csv (correlation matrix, n = 250)",
                matrix.provenance().get("data"));
        assertEquals("250", matrix.provenance().get("n"));
        AnalysisResult quiet = runOnMatrix(framework, "mobi_corr_sd_mean.csv", NO_RESAMPLING);
        assertTrue(quiet.messages().stream().noneMatch(m -> m.severity() == Severity.INFO), quiet.messages().toString());
    }

    @Test
    void plscAndACovarianceMatrixGiveTheRawDataTables() throws Exception {
        Framework framework = PlsEngineTest.ecsi(new HashMap<>());
        framework.getConstructs().forEach(construct -> construct.setMode(ConstructMode.REFLECTIVE));
        Map<String, String> plsc = new HashMap<>(NO_RESAMPLING);
        plsc.put("consistent", "true");
        AnalysisResult raw = PlsEngineTest.run(framework, plsc);
        assertSameTables(raw, runOnMatrix(framework, "mobi_corr_sd_mean.csv", plsc));
        AnalysisResult cov = runOnMatrix(framework, "mobi_cov_full.csv", plsc);
        assertSameTables(raw, cov);
        assertEquals("summary statistics from mobi_cov_full.csv (covariance matrix, n = 250)",
                cov.provenance().get("data"));
        assertEquals("consistent PLS (PLSc)", cov.provenance().get("algorithm"));
    }

    @Test
    void whatNeedsTheCasesIsRefusedByNameWhenAskedFor() throws Exception {
        Framework framework = PlsEngineTest.ecsi(new HashMap<>());
        assertRefused(framework, Map.of("bootstrap", "1000"), "bootstrap = 1000: the bootstrap (t, p and confidence"
                + " intervals) needs the cases, and mobi_corr_sd_mean.csv holds summary statistics (a correlation or"
                + " covariance matrix); set bootstrap = 0");
        assertRefused(framework, Map.of("blindfolding", "5"), "blindfolding = 5: blindfolding (Q²) needs the cases");
        assertRefused(framework, Map.of("plspredict-folds", "5"), "plspredict-folds = 5: PLSpredict needs the cases");
        assertRefused(framework, Map.of("missing", "mean"), "missing = mean: a missing-data treatment needs the cases");
    }

    private static void assertRefused(Framework framework, Map<String, String> parameters, String text) {
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> runOnMatrix(framework, "mobi_corr_sd_mean.csv", parameters));
        assertTrue(e.getMessage().startsWith(text), e.getMessage());
    }

    @Test
    void aGroupColumnIsRefusedByName() throws Exception {
        Framework framework = Elements.framework("two groups");
        var a = Elements.construct(framework, "A", ConstructMode.COMPOSITE);
        var b = Elements.construct(framework, "B", ConstructMode.COMPOSITE);
        List.of("a1", "a2").forEach(code -> Elements.indicator(a, code));
        List.of("b1", "b2").forEach(code -> Elements.indicator(b, code));
        Elements.path(framework, "H1", a, b);
        Dataset.Builder rows = Dataset.builder("groups.csv").columns(List.of("firm", "rowtype_", "varname_", "a1", "a2",
                "b1", "b2"));
        long line = 2;
        for (String group : List.of("small", "large")) {
            rows.row(line++, group, "N", "", "100", "100", "100", "100");
            rows.row(line++, group, "CORR", "a1", "1", "", "", "");
            rows.row(line++, group, "CORR", "a2", "0.5", "1", "", "");
            rows.row(line++, group, "CORR", "b1", "0.3", "0.3", "1", "");
            rows.row(line++, group, "CORR", "b2", "0.3", "0.3", "0.5", "1");
        }
        Dataset data = rows.build();
        PlsEngine engine = new PlsEngine();
        AnalysisInput input = AnalysisInput.of(framework, data, null);
        String reason = "column 'firm' of groups.csv names no matrix row: a group column? Engine 'pls-sem' estimates"
                + " one sample from a matrix file (it has no multigroup analysis); give one group's matrix per file";
        assertEquals(List.of(reason), engine.applicability(input).reasons());
        AnalysisException e = assertThrows(AnalysisException.class, () -> engine.run(new AnalysisRequest(input,
                Parameters.resolve(engine.descriptor(), NO_RESAMPLING), null), AnalysisMonitor.silent()));
        assertEquals(reason, e.getMessage());
    }

    /**
     * Through the engine registry ({@code ServiceEngineRegistry}, which passes matrix data only to engines whose
     * service has {@code engine.summary-data = true}), with the service properties of the component description
     * generated from {@code PlsEngine}'s annotation, as the OSGi runtime registers it. The registry is internal to
     * {@code org.synergos.analysis}, so it is loaded by that bundle's class loader.
     */
    @Test
    void theRegistryPassesAMatrixFileToTheEngineAsRegistered() throws Exception {
        String xml;
        try (InputStream in = PlsEngine.class.getResourceAsStream(
                "/OSGI-INF/org.synergos.analysis.pls.internal.engine.PlsEngine.xml")) {
            assertTrue(in != null, "no component description of PlsEngine in the bundle");
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Object> properties = new HashMap<>();
        Matcher property = Pattern.compile("<property name=\"([^\"]+)\" type=\"([^\"]+)\" value=\"([^\"]*)\"/>")
                .matcher(xml);
        while (property.find()) {
            properties.put(property.group(1), property.group(2).equals("Boolean") ? Boolean.valueOf(property.group(3))
                    : property.group(3));
        }
        assertEquals(Map.of(AnalysisEngine.ENGINE_ID, PlsEngine.ID, AnalysisEngine.SUMMARY_DATA, Boolean.TRUE),
                properties, xml);
        Dataset data = new CsvDatasetReader().read(ReferenceResults.data("matrix/mobi_corr_sd_mean.csv"));
        AnalysisInput input = AnalysisInput.of(PlsEngineTest.ecsi(new HashMap<>()), data, null);
        EngineRegistry registry = registry(properties);
        Applicability accepted = registry.applicability(PlsEngine.ID, input);
        assertTrue(accepted.applicable(), accepted.reasons().toString());
        Applicability refused = registry(Map.of(AnalysisEngine.ENGINE_ID, PlsEngine.ID))
                .applicability(PlsEngine.ID, input);
        assertFalse(refused.applicable(), "without the property the registry refuses the matrix");
        assertTrue(refused.reasons().get(0).contains("holds summary statistics"), refused.reasons().toString());
    }

    private static EngineRegistry registry(Map<String, Object> properties) throws Exception {
        Class<?> type = RScriptWriter.class.getClassLoader()
                .loadClass("org.synergos.analysis.internal.ServiceEngineRegistry");
        Object registry = type.getConstructor().newInstance();
        type.getMethod("register", AnalysisEngine.class, Map.class).invoke(registry, new PlsEngine(), properties);
        return (EngineRegistry) registry;
    }

    @Test
    void theRExportNamesAMatrixFileAsNotReproduced(@TempDir Path folder) throws Exception {
        Framework framework = PlsEngineTest.ecsi(new HashMap<>());
        Files.copy(ReferenceResults.data("matrix/mobi_corr_sd_mean.csv"), folder.resolve("mobi_corr_sd_mean.csv"));
        AnalysisConfigurations.add(framework, "PLS-SEM", PlsEngine.ID,
                Elements.csvDataSource(framework, "mobi table", "mobi_corr_sd_mean.csv"), NO_RESAMPLING).setId("an");
        assertFalse(new SeminrReproduction().acceptsSummaryData());
        RScript script = new RScriptWriter(engine -> Optional.of(PlsEngine.DESCRIPTOR),
                engine -> Optional.of(new SeminrReproduction())).write(new Study(framework,
                        folder.resolve("model.synergos")), folder);
        assertEquals(List.of("analysis \"PLS-SEM\" (engine pls-sem) is not reproduced: data source 'mobi table' is a"
                + " matrix file (summary statistics), which engine 'pls-sem' does not analyse"),
                script.omissions().stream().map(RScript.Omission::message).toList());
        assertFalse(script.text().contains("estimate_pls("), script.text());
    }

    /** Every table of {@code raw} is in {@code matrix} with the same rows; numbers agree at 1e-10; overlays too. */
    private static void assertSameTables(AnalysisResult raw, AnalysisResult matrix) {
        assertEquals(raw.tables().stream().map(ResultTable::id).toList(),
                matrix.tables().stream().map(ResultTable::id).toList());
        int compared = 0;
        double max = 0;
        for (ResultTable r : raw.tables()) {
            ResultTable m = matrix.table(r.id()).orElseThrow();
            assertEquals(r.columns(), m.columns(), r.id());
            assertEquals(r.rows().size(), m.rows().size(), r.id() + " rows");
            for (int i = 0; i < r.rows().size(); i++) {
                for (int j = 0; j < r.rows().get(i).size(); j++) {
                    Object x = r.rows().get(i).get(j);
                    Object y = m.rows().get(i).get(j);
                    String where = r.id() + " row " + i + " column " + r.columns().get(j).id();
                    if (x instanceof Number a && y instanceof Number b && !Double.isNaN(a.doubleValue())) {
                        assertEquals(a.doubleValue(), b.doubleValue(), SAME, where);
                        max = Math.max(max, Math.abs(a.doubleValue() - b.doubleValue()));
                        compared++;
                    } else {
                        assertEquals(x, y, where);
                    }
                }
            }
        }
        assertEquals(raw.elementValues().size(), matrix.elementValues().size());
        for (int i = 0; i < raw.elementValues().size(); i++) {
            ElementValue x = raw.elementValues().get(i);
            ElementValue y = matrix.elementValues().get(i);
            assertEquals(x.elementId() + " " + x.key(), y.elementId() + " " + y.key());
            assertEquals(x.value(), y.value(), SAME, x.elementId() + " " + x.key());
        }
        assertTrue(compared > 200, "compared " + compared);
        System.out.printf("%-48s %4d numbers, max |dev| %.3e (tol %.1e)%n", "engine tables from a matrix vs raw data",
                compared, max, SAME);
    }
}
