package org.synergos.analysis.pls.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.reproduce.RAnalysis;
import org.synergos.analysis.reproduce.RScript;
import org.synergos.analysis.reproduce.RScriptWriter;
import org.synergos.analysis.reproduce.ReproductionException;
import org.synergos.analysis.study.AnalysisConfigurations;
import org.synergos.analysis.study.Study;
import org.synergos.model.ConstructMode;
import org.synergos.model.DataSource;
import org.synergos.model.Framework;
import org.synergos.model.StructuralPath;
import org.synergos.model.helpers.Elements;
import org.synergos.testing.RScripts;
import org.synergos.testing.ReferenceResults;

/**
 * {@code synergos export --r} for pls-sem: seminr code for the ECSI model on mobi with the run's options spelled
 * out; what seminr cannot do is refused by name. Where R with seminr is installed, the scripts run and their path
 * coefficients and R² agree with the engine's at 1e-6 (PLS with path and factorial weighting, PLSc); elsewhere
 * that test is skipped, saying so.
 */
class SeminrReproductionTest {

    private static final double TOLERANCE = 1e-6;
    private static final Map<String, String> NO_RESAMPLING = Map.of("bootstrap", "0", "blindfolding", "0",
            "plspredict-folds", "0");

    @Test
    void constructsPathsAndOptionsAreSpelledOut() throws Exception {
        String code = code(PlsEngineTest.ecsi(new HashMap<>()), Map.of());
        assertTrue(code.contains("composite(\"Image\", c(\"IMAG1\", \"IMAG2\", \"IMAG3\", \"IMAG4\", \"IMAG5\"), "
                + "weights = mode_A)"), code);
        assertTrue(code.contains("paths(from = \"Image\", to = c(\"Expectation\", \"Satisfaction\", \"Loyalty\"))"),
                code);
        assertTrue(code.contains("inner_weights = path_weighting, missing = na.omit, maxIt = 300, stopCriterion = 7)"),
                code);
        assertTrue(code.contains("bootstrap_model(seminr_model = fit_x, nboot = 5000, seed = 20250314)"), code);
        assertTrue(code.contains("summary(boot_x, alpha = 0.05)"), code);
        assertTrue(code.contains("predict_pls(fit_x, technique = predict_DA, noFolds = 10, reps = 10)"), code);
        assertTrue(code.contains("# not reproduced: Q² by blindfolding (omission distance 7)"), code);
    }

    @Test
    void reflectiveConstructsUnderPlscAreSeminrsReflective() throws Exception {
        Framework framework = PlsEngineTest.ecsi(new HashMap<>());
        framework.getConstructs().forEach(c -> c.setMode(ConstructMode.REFLECTIVE));
        assertTrue(code(framework, Map.of("consistent", "true")).contains("reflective(\"Image\", c(\"IMAG1\""));
        assertTrue(code(framework, Map.of()).contains("composite(\"Image\", c(\"IMAG1\""), "PLS: Mode A composites");
    }

    @Test
    void whatSeminrCannotDoIsRefusedByName() {
        Framework framework = PlsEngineTest.ecsi(new HashMap<>());
        ReproductionException centroid = assertThrows(ReproductionException.class,
                () -> code(framework, Map.of("weighting", "centroid")));
        assertTrue(centroid.getMessage().startsWith("weighting 'centroid'"), centroid.getMessage());
        ReproductionException tolerance = assertThrows(ReproductionException.class,
                () -> code(framework, Map.of("tolerance", "0.00005")));
        assertTrue(tolerance.getMessage().startsWith("tolerance 5.0E-5"), tolerance.getMessage());
    }

    @Test
    void scriptsRunInRAndAgreeWithTheEngine(@TempDir Path folder) throws Exception {
        Assumptions.assumeTrue(RScripts.hasPackage("seminr"), "Rscript with seminr is not installed: the scripts are not run");
        List<Map<String, String>> cases = List.of(Map.of(), Map.of("weighting", "factorial"),
                Map.of("consistent", "true"));
        StringBuilder driver = new StringBuilder();
        List<String> mismatches = new ArrayList<>();
        List<Map<String, StructuralPath>> pathsOfCase = new ArrayList<>();
        List<Framework> frameworks = new ArrayList<>();
        for (int c = 0; c < cases.size(); c++) {
            Map<String, StructuralPath> paths = new HashMap<>();
            Framework framework = PlsEngineTest.ecsi(paths);
            if (cases.get(c).containsKey("consistent")) {
                framework.getConstructs().forEach(construct -> construct.setMode(ConstructMode.REFLECTIVE));
            }
            Map<String, String> parameters = new HashMap<>(NO_RESAMPLING);
            parameters.putAll(cases.get(c));
            Path study = Files.createDirectories(folder.resolve("case" + c));
            Files.copy(ReferenceResults.data("mobi.csv"), study.resolve("mobi.csv"));
            configure(framework, parameters);
            RScript script = new RScriptWriter(engine -> Optional.of(PlsEngine.DESCRIPTOR),
                    engine -> Optional.of(new SeminrReproduction())).write(new Study(framework,
                            study.resolve("model.synergos")), study);
            assertEquals(List.of(), script.omissions());
            Files.writeString(study.resolve("reproduce.R"), script.text(), StandardCharsets.UTF_8);
            driver.append(String.format("""
                    local({
                      e <- new.env()
                      invisible(capture.output(source("%1$s/reproduce.R", local = e)))
                      p <- e$fit_an$path_coef
                      out <- which(p != 0, arr.ind = TRUE)
                      write.table(data.frame(from = rownames(p)[out[, 1]], to = colnames(p)[out[, 2]], beta = p[out]),
                                  "%1$s/paths.tsv", sep = "\\t", quote = FALSE, row.names = FALSE)
                      r2 <- e$fit_an$rSquared
                      write.table(data.frame(construct = colnames(r2), r2 = r2[1, ]), "%1$s/r2.tsv", sep = "\\t",
                                  quote = FALSE, row.names = FALSE)
                    })
                    """, study.toString().replace('\\', '/')));
            pathsOfCase.add(paths);
            frameworks.add(framework);
        }
        Files.writeString(folder.resolve("driver.R"), driver);
        RScripts.run(folder.resolve("driver.R"));
        for (int c = 0; c < cases.size(); c++) {
            Map<String, String> parameters = new HashMap<>(NO_RESAMPLING);
            parameters.putAll(cases.get(c));
            AnalysisResult result = PlsEngineTest.run(frameworks.get(c), parameters);
            ResultTable structural = result.table("structural-model").orElseThrow();
            List<String[]> paths = RScripts.table(folder.resolve("case" + c).resolve("paths.tsv"));
            assertEquals(pathsOfCase.get(c).size(), paths.size(), "paths of case " + cases.get(c));
            for (String[] row : paths) {
                StructuralPath path = pathsOfCase.get(c).get(row[0] + "  ->  " + row[1]);
                double ours = structural.number(path.getLabel(), "beta");
                if (Math.abs(ours - Double.parseDouble(row[2])) > TOLERANCE) {
                    mismatches.add(cases.get(c) + " " + row[0] + " -> " + row[1] + ": seminr " + row[2] + ", engine " + ours);
                }
            }
            ResultTable r2 = result.table("r2").orElseThrow();
            for (String[] row : RScripts.table(folder.resolve("case" + c).resolve("r2.tsv"))) {
                double ours = r2.number(row[0], "r2");
                if (Math.abs(ours - Double.parseDouble(row[1])) > TOLERANCE) {
                    mismatches.add(cases.get(c) + " R² of " + row[0] + ": seminr " + row[1] + ", engine " + ours);
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    private static String code(Framework framework, Map<String, String> parameters) throws ReproductionException {
        return new SeminrReproduction().code(new RAnalysis(framework, "a",
                Parameters.resolve(PlsEngine.DESCRIPTOR, parameters), "data_x", "x"));
    }

    private static void configure(Framework framework, Map<String, String> parameters) {
        DataSource mobi = Elements.csvDataSource(framework, "mobi", "mobi.csv");
        AnalysisConfigurations.add(framework, "PLS-SEM", PlsEngine.ID, mobi, parameters).setId("an");
    }
}
