package org.synergos.analysis.cbsem.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.cbsem.core.LavaanSyntax;
import org.synergos.analysis.cbsem.core.ModelSpecification;
import org.synergos.analysis.cbsem.core.Modifier;
import org.synergos.analysis.cbsem.core.Statement;
import org.synergos.analysis.reproduce.RAnalysis;
import org.synergos.analysis.reproduce.RReproduction;
import org.synergos.analysis.reproduce.RScript;
import org.synergos.analysis.reproduce.RScriptWriter;
import org.synergos.analysis.reproduce.ReproductionException;
import org.synergos.analysis.study.AnalysisConfigurations;
import org.synergos.analysis.study.Study;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.data.csv.CsvOptions;
import org.synergos.data.files.DataFiles;
import org.synergos.data.xlsx.XlsxOptions;
import org.synergos.model.Framework;
import org.synergos.model.helpers.Elements;
import org.synergos.model.lavaan.LavaanReader;
import org.synergos.model.lavaan.LavaanSyntaxException;
import org.synergos.testing.RScripts;
import org.synergos.testing.ReferenceResults;
import org.synergos.testing.ReferenceTable;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code synergos export --r} for cb-sem over the lavaan corpus: the lavaan syntax written is the model the
 * engine fits, statement for statement, and the call spells out lavaan's options of the corpus call. Where R
 * with lavaan is installed, every script runs and its estimates, SEs and fit measures agree with the engine's
 * at 1e-4 (relative or absolute, whichever is looser, as the corpus); elsewhere that test is skipped, saying so.
 */
class LavaanReproductionTest {

    private static final double TOLERANCE = 1e-4;
    private static final List<String> FIT_MEASURES = List.of("chisq", "df", "pvalue", "cfi", "tli", "rmsea", "srmr",
            "aic", "bic");

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.synergos.analysis.cbsem.internal.engine.CbsemCorpusEngineTest#fittedModels")
    void scriptFitsTheEnginesModelWithTheCallsOptions(String id, JsonNode model) throws Exception {
        Framework framework = importable(model);
        Map<String, String> parameters = CbsemCorpusEngineTest.parameters(model.get("options"));
        String code = new LavaanReproduction().code(new RAnalysis(framework, id,
                Parameters.resolve(new CbsemEngine().descriptor(), parameters), "data_x", "x"));

        String syntax = code.substring(code.indexOf("model_x <- '\n") + "model_x <- '\n".length(),
                code.indexOf("\n'\n"));
        SemModelMapping mapping = SemModelMapping.of(framework, parameters.containsKey("group"));
        assertEquals(merged(mapping.specification()), merged(LavaanSyntax.parse(syntax)), id + ":\n" + syntax);

        String call = code.substring(code.indexOf("fit_x <- sem(model_x, data = data_x"));
        for (Map.Entry<String, String> option : parameters.entrySet()) {
            String expected = switch (option.getKey()) {
            case "estimator" -> "estimator = \"" + option.getValue() + "\"";
            case "missing" -> "missing = \"" + option.getValue() + "\"";
            case "group" -> "group = \"" + option.getValue() + "\"";
            case "group-equal" -> "group.equal = " + rStrings(option.getValue());
            case "group-partial" -> "group.partial = " + rStrings(option.getValue());
            case "std-lv" -> "std.lv = TRUE";
            default -> throw new AssertionError("no lavaan spelling checked for " + option.getKey());
            };
            assertTrue(call.contains(expected), id + ": '" + expected + "' in\n" + call);
        }
    }

    @Test
    void whatTheEngineRefusesTheScriptRefuses() throws Exception {
        Framework framework = LavaanReader.read("visual =~ x1 + x2 + x3\n", "cfa");
        ReproductionException ungrouped = assertThrows(ReproductionException.class, () -> new LavaanReproduction()
                .code(analysis(framework, Map.of("group-equal", "loadings"))));
        assertTrue(ungrouped.getMessage().contains("no group column is set"), ungrouped.getMessage());

        framework.getConstructs().get(0).getIndicators().get(0).setColumn("item 1");
        ReproductionException name = assertThrows(ReproductionException.class,
                () -> new LavaanReproduction().code(analysis(framework, Map.of())));
        assertTrue(name.getMessage().startsWith("'item 1' is not a name lavaan accepts"), name.getMessage());
    }

    @Test
    void bootstrapIsSeededAndItsIntervalTypeKept() throws Exception {
        Framework framework = LavaanReader.read("visual =~ x1 + x2 + x3\n", "cfa");
        String code = new LavaanReproduction().code(analysis(framework,
                Map.of("bootstrap", "1000", "seed", "42", "boot-ci-type", "bca.simple")));
        assertTrue(code.contains("set.seed(42)\nfit_x <- sem("), code);
        assertTrue(code.contains("se = \"bootstrap\",\n    bootstrap = 1000)"), code);
        assertTrue(code.contains("parameterEstimates(fit_x, standardized = TRUE, boot.ci.type = \"bca.simple\")"), code);
    }

    /** The analyses read a workbook by its content even when the model says CSV; the script must not read.csv it. */
    @Test
    void aWorkbookIsNamedAsNotReproducedEvenWhenTheModelSaysCsv(@TempDir Path folder) throws Exception {
        Framework framework = LavaanReader.read("f =~ q1 + q2 + q3\n", "cfa");
        Files.copy(ReferenceResults.data("xlsx/survey.xlsx"), folder.resolve("survey.xlsx"));
        configure(framework, "survey.xlsx", Map.of());
        RScript script = new RScriptWriter(engine -> Optional.of(new CbsemEngine().descriptor()),
                engine -> Optional.of(new LavaanReproduction())).write(new Study(framework,
                        folder.resolve("model.synergos")), folder);
        assertEquals(List.of("analysis \"CB-SEM\" (engine cb-sem) is not reproduced: data source 'data' is XLSX; the R "
                + "export reads CSV, SPSS and Stata data sources only"), script.omissions().stream().map(RScript.Omission::message)
                .toList());
        assertTrue(!script.text().contains("read.csv"), script.text());
    }

    /** A matrix file bound as data: the script fits lavaan's sample.cov/sample.nobs/sample.mean, or names why not. */
    @Test
    void aMatrixFileIsFittedFromItsMomentsOrNamedAsNotReproduced(@TempDir Path folder) throws Exception {
        Framework framework = LavaanReader.read(CbsemEngineTest.MODEL);
        Files.copy(ReferenceResults.data("matrix/poldem_cov_lower.csv"), folder.resolve("poldem_cov_lower.csv"));
        configure(framework, "poldem_cov_lower.csv", Map.of());
        RScript script = matrixScript(framework, folder, new LavaanReproduction());
        assertEquals(List.of(), script.omissions());
        assertTrue(script.text().contains("synergos_moments <- function(frame, group = NULL)"), script.text());
        assertTrue(script.text().contains("moments_an <- synergos_moments(data_dataSource_data)\nfit_an <- sem(model_an,"
                + " sample.cov = moments_an$cov, sample.nobs = moments_an$nobs, sample.mean = moments_an$mean,"
                + "\n    estimator = \"ML\")"), script.text());

        Framework boot = LavaanReader.read(CbsemEngineTest.MODEL);
        configure(boot, "poldem_cov_lower.csv", Map.of("bootstrap", "100"));
        assertEquals(List.of("analysis \"CB-SEM\" (engine cb-sem) is not reproduced: bootstrap standard errors need the"
                + " raw data; the data source is a matrix file"), matrixScript(boot, folder, new LavaanReproduction())
                        .omissions().stream().map(RScript.Omission::message).toList());

        RReproduction casesOnly = new RReproduction() {
            @Override
            public String engineId() {
                return CbsemEngine.ID;
            }

            @Override
            public List<String> packages() {
                return List.of("lavaan");
            }

            @Override
            public String code(RAnalysis analysis) {
                return "fit <- sem(model, data = " + analysis.data() + ")\n";
            }
        };
        Framework other = LavaanReader.read(CbsemEngineTest.MODEL);
        configure(other, "poldem_cov_lower.csv", Map.of());
        assertEquals(List.of("analysis \"CB-SEM\" (engine cb-sem) is not reproduced: data source 'data' is a matrix"
                + " file (summary statistics), which engine 'cb-sem' does not analyse"),
                matrixScript(other, folder, casesOnly).omissions().stream().map(RScript.Omission::message).toList());
    }

    /** An SPSS and a Stata copy of the nqpf-smes data, read with haven: the scripts give the CSV's estimates. */
    @Test
    void spssAndStataSourcesAreReadWithHavenAndGiveTheCsvsEstimates(@TempDir Path folder) throws Exception {
        String model = "NQPF =~ NQ1 + NQ2 + NQ3 + NQ4\nDT =~ DT1 + DT2 + DT3\nCIP =~ CIP1 + CIP2 + CIP3\n"
                + "DT ~ NQPF\nCIP ~ NQPF + DT";
        Map<String, String> scripts = new LinkedHashMap<>();
        for (String file : List.of("nqpf-smes.sav", "nqpf-smes.dta")) {
            Path study = Files.createDirectories(folder.resolve(file.replace('.', '_')));
            Files.copy(ReferenceResults.data("spss-stata/" + file), study.resolve(file));
            Framework framework = LavaanReader.read(model);
            configure(framework, file, Map.of());
            RScript script = matrixScript(framework, study, new LavaanReproduction());
            assertEquals(List.of(), script.omissions(), file);
            String reader = file.endsWith(".sav") ? "haven::read_sav" : "haven::read_dta";
            assertTrue(script.text().contains("data_dataSource_data <- as.data.frame(haven::zap_labels(" + reader
                    + "(file.path(synergos_dir, \"" + file + "\"))))"), script.text());
            assertTrue(script.text().contains("suppressPackageStartupMessages(library(haven))"), script.text());
            Files.writeString(study.resolve("reproduce.R"), script.text(), StandardCharsets.UTF_8);
            scripts.put(file, study.toString().replace('\\', '/'));
        }
        Assumptions.assumeTrue(RScripts.hasPackage("lavaan") && RScripts.hasPackage("haven"),
                "Rscript with lavaan and haven is not installed: the scripts are not run");
        StringBuilder driver = new StringBuilder("suppressPackageStartupMessages(library(lavaan))\n");
        for (String dir : scripts.values()) {
            driver.append(String.format("""
                    local({
                      e <- new.env()
                      invisible(capture.output(suppressWarnings(source("%1$s/reproduce.R", local = e))))
                      pe <- parameterEstimates(e$fit_an)
                      pe$group <- 1
                      write.table(pe[, c("lhs", "op", "rhs", "group", "est", "se")], "%1$s/pe.tsv", sep = "\\t",
                                  quote = FALSE, row.names = FALSE, na = "NaN")
                    })
                    """, dir));
        }
        Files.writeString(folder.resolve("driver.R"), driver);
        RScripts.run(folder.resolve("driver.R"));
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, String> script : scripts.entrySet()) {
            // the engine on the same file, read as the analyses read it
            AnalysisResult result = CbsemConstraintsLavaanTest.run(LavaanReader.read(model),
                    DataFiles.read(ReferenceResults.data("spss-stata/" + script.getKey()), CsvOptions.DEFAULT,
                            XlsxOptions.DEFAULT), Map.of());
            ResultTable estimates = result.table("parameters").orElseThrow();
            String dir = script.getValue();
            int rows = 0;
            for (String[] row : RScripts.table(Path.of(dir, "pe.tsv"))) {
                List<Object> ours = CbsemCorpusEngineTest.find(estimates, row[0], row[1], row[2], 1);
                String what = dir + ": " + row[0] + " " + row[1] + " " + row[2];
                if (ours == null) {
                    mismatches.add(what + ": not in the engine's table");
                    continue;
                }
                compare(what + " est", Double.parseDouble(row[4]), CbsemCorpusEngineTest.number(estimates, ours, "est"),
                        mismatches);
                compare(what + " se", Double.parseDouble(row[5]), CbsemCorpusEngineTest.number(estimates, ours, "se"),
                        mismatches);
                rows++;
            }
            assertTrue(rows >= 20, dir + ": " + rows + " rows");
        }
        assertEquals(List.of(), mismatches, mismatches.size() + " values of the R scripts differ from the engine's");
    }

    /** The scripts of three matrix files (one, two groups; covariances, correlations with SDs and means) run in R. */
    @Test
    void matrixScriptsRunInRAndAgreeWithTheEngine(@TempDir Path folder) throws Exception {
        Assumptions.assumeTrue(RScripts.hasPackage("lavaan"), "Rscript with lavaan is not installed: the scripts are not run");
        String hs = "visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6\nspeed =~ x7 + x8 + x9";
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("poldem_cov_lower", new String[] {CbsemEngineTest.MODEL, ""});
        cases.put("hs_corr_sd_mean", new String[] {hs, ""});
        cases.put("hs_school_cov_mean", new String[] {hs, "school"});
        StringBuilder driver = new StringBuilder("suppressPackageStartupMessages(library(lavaan))\n");
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            Path study = Files.createDirectories(folder.resolve(c.getKey()));
            String file = c.getKey() + ".csv";
            Files.copy(ReferenceResults.data("matrix/" + file), study.resolve(file));
            Framework framework = LavaanReader.read(c.getValue()[0]);
            configure(framework, file, c.getValue()[1].isEmpty() ? Map.of() : Map.of("group", c.getValue()[1]));
            RScript script = matrixScript(framework, study, new LavaanReproduction());
            assertEquals(List.of(), script.omissions(), c.getKey());
            Files.writeString(study.resolve("reproduce.R"), script.text(), StandardCharsets.UTF_8);
            driver.append(String.format("""
                    local({
                      e <- new.env()
                      invisible(capture.output(suppressWarnings(source("%1$s/reproduce.R", local = e))))
                      pe <- parameterEstimates(e$fit_an)
                      if (is.null(pe$group)) pe$group <- 1
                      write.table(pe[, c("lhs", "op", "rhs", "group", "est", "se")], "%1$s/pe.tsv", sep = "\\t",
                                  quote = FALSE, row.names = FALSE, na = "NaN")
                    })
                    """, study.toString().replace('\\', '/')));
        }
        Files.writeString(folder.resolve("driver.R"), driver);
        RScripts.run(folder.resolve("driver.R"));
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            AnalysisResult result = CbsemConstraintsLavaanTest.run(LavaanReader.read(c.getValue()[0]),
                    new CsvDatasetReader().read(ReferenceResults.data("matrix/" + c.getKey() + ".csv")),
                    c.getValue()[1].isEmpty() ? Map.of() : Map.of("group", c.getValue()[1]));
            ResultTable estimates = result.table("parameters").orElseThrow();
            int rows = 0;
            for (String[] row : RScripts.table(folder.resolve(c.getKey()).resolve("pe.tsv"))) {
                List<Object> ours = CbsemCorpusEngineTest.find(estimates, row[0], row[1], row[2],
                        (int) Double.parseDouble(row[3]));
                String what = c.getKey() + ": " + row[0] + " " + row[1] + " " + row[2] + " [group " + row[3] + "]";
                if (ours == null) {
                    mismatches.add(what + ": not in the engine's table");
                    continue;
                }
                compare(what + " est", Double.parseDouble(row[4]), CbsemCorpusEngineTest.number(estimates, ours, "est"),
                        mismatches);
                compare(what + " se", Double.parseDouble(row[5]), CbsemCorpusEngineTest.number(estimates, ours, "se"),
                        mismatches);
                rows++;
            }
            assertTrue(rows >= 20, c.getKey() + ": " + rows + " rows");
        }
        assertEquals(List.of(), mismatches, mismatches.size() + " values of the R scripts differ from the engine's");
    }

    private static RScript matrixScript(Framework framework, Path folder, RReproduction reproduction) {
        return new RScriptWriter(engine -> Optional.of(new CbsemEngine().descriptor()),
                engine -> Optional.of(reproduction)).write(new Study(framework, folder.resolve("model.synergos")), folder);
    }

    /** Every corpus model the engine fits, through the whole script, in one R process. */
    @Test
    void scriptsRunInRAndAgreeWithTheEngine(@TempDir Path folder) throws Exception {
        Assumptions.assumeTrue(RScripts.hasPackage("lavaan"), "Rscript with lavaan is not installed: the scripts are not run");
        Map<String, JsonNode> models = new LinkedHashMap<>();
        StringBuilder driver = new StringBuilder("suppressPackageStartupMessages(library(lavaan))\n");
        for (var arguments : CbsemCorpusEngineTest.fittedModels().toList()) {
            String id = (String) arguments.get()[0];
            JsonNode model = (JsonNode) arguments.get()[1];
            Framework framework;
            try {
                framework = LavaanReader.read(model.get("model").asText());
            } catch (LavaanSyntaxException e) {
                continue;
            }
            Path study = Files.createDirectories(folder.resolve(id));
            String data = model.get("data").asText();
            Files.copy(ReferenceResults.data(data), study.resolve(data));
            configure(framework, data, CbsemCorpusEngineTest.parameters(model.get("options")));
            RScript script = new RScriptWriter(engine -> Optional.of(new CbsemEngine().descriptor()),
                    engine -> Optional.of(new LavaanReproduction())).write(new Study(framework,
                            study.resolve("model.synergos")), study);
            assertEquals(List.of(), script.omissions(), id);
            Files.writeString(study.resolve("reproduce.R"), script.text(), StandardCharsets.UTF_8);
            driver.append(String.format("""
                    local({
                      e <- new.env()
                      invisible(capture.output(suppressWarnings(source("%1$s/reproduce.R", local = e))))
                      pe <- parameterEstimates(e$fit_an)
                      if (is.null(pe$group)) pe$group <- 1
                      write.table(pe[, c("lhs", "op", "rhs", "group", "est", "se")], "%1$s/pe.tsv", sep = "\\t",
                                  quote = FALSE, row.names = FALSE, na = "NaN")
                      fm <- fitMeasures(e$fit_an)
                      write.table(data.frame(name = names(fm), value = as.numeric(fm)), "%1$s/fm.tsv", sep = "\\t",
                                  quote = FALSE, row.names = FALSE, na = "NaN")
                    })
                    """, study.toString().replace('\\', '/')));
            models.put(id, model);
        }
        Files.writeString(folder.resolve("driver.R"), driver);
        RScripts.run(folder.resolve("driver.R"));

        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : models.entrySet()) {
            String id = entry.getKey();
            JsonNode model = entry.getValue();
            AnalysisResult result = CbsemConstraintsLavaanTest.run(LavaanReader.read(model.get("model").asText()),
                    new CsvDatasetReader().read(ReferenceResults.data(model.get("data").asText())),
                    CbsemCorpusEngineTest.parameters(model.get("options")));
            ResultTable estimates = result.table("parameters").orElseThrow();
            for (String[] row : RScripts.table(folder.resolve(id).resolve("pe.tsv"))) {
                if (row[1].equals("==")) {
                    continue;
                }
                List<Object> ours = CbsemCorpusEngineTest.find(estimates, row[0], row[1], row[2],
                        (int) Double.parseDouble(row[3]));
                String what = id + ": " + row[0] + " " + row[1] + " " + row[2] + " [group " + row[3] + "]";
                if (ours == null) {
                    mismatches.add(what + ": not in the engine's table");
                    continue;
                }
                double est = CbsemCorpusEngineTest.number(estimates, ours, "est");
                double se = CbsemCorpusEngineTest.number(estimates, ours, "se");
                if (Double.parseDouble(row[5]) != Double.parseDouble(row[5]) && se == 0.0) {
                    se = Double.NaN; // pinned by `label == number`: lavaan's NA, the engine's 0 (as the corpus test)
                }
                List<String> apart = new ArrayList<>();
                compare(what + " est", Double.parseDouble(row[4]), est, apart);
                compare(what + " se", Double.parseDouble(row[5]), se, apart);
                if (!apart.isEmpty() && !sameAsLavaansCall(id, row)) {
                    mismatches.addAll(apart);
                }
            }
            ResultTable fit = result.table("fit").orElseThrow();
            for (String[] row : RScripts.table(folder.resolve(id).resolve("fm.tsv"))) {
                if (FIT_MEASURES.contains(row[0])) {
                    compare(id + ": " + row[0], Double.parseDouble(row[1]), fit.number(row[0], "value"), mismatches);
                }
            }
        }
        assertTrue(models.size() >= 25, "corpus models run: " + models.size());
        assertEquals(List.of(), mismatches, mismatches.size() + " values of the R scripts differ from the engine's");
    }

    /**
     * Whether the script's row is lavaan's own result of the corpus call (at 1e-6): where lavaan's optimiser
     * stops short of the optimum the engine differs from lavaan, which the corpus tests account for; the
     * script, being lavaan, must then give lavaan's numbers.
     */
    private static boolean sameAsLavaansCall(String id, String[] row) {
        ReferenceTable ref = ReferenceResults.table("lavaan_corpus/" + id + "_params.csv");
        boolean grouped = ref.header().contains("group");
        for (int i = 0; i < ref.rowCount(); i++) {
            int group = grouped ? (int) ref.number(i, "group") : 1;
            if (ref.cell(i, "lhs").equals(row[0]) && ref.cell(i, "op").equals(row[1]) && ref.cell(i, "rhs").equals(row[2])
                    && group == (int) Double.parseDouble(row[3])) {
                return Math.abs(ref.number(i, "est") - Double.parseDouble(row[4])) <= 1e-6
                        && (Math.abs(ref.number(i, "se") - Double.parseDouble(row[5])) <= 1e-6
                                || Double.isNaN(ref.number(i, "se")) && Double.isNaN(Double.parseDouble(row[5])));
            }
        }
        return false;
    }

    private static Framework importable(JsonNode model) {
        try {
            return LavaanReader.read(model.get("model").asText());
        } catch (LavaanSyntaxException e) {
            Assumptions.abort("not importable as a Synergos model: " + e.getMessage());
            return null;
        }
    }

    private static RAnalysis analysis(Framework framework, Map<String, String> parameters) {
        return new RAnalysis(framework, "a", Parameters.resolve(new CbsemEngine().descriptor(), parameters), "data_x",
                "x");
    }

    /** A cb-sem analysis with id {@code an} on the CSV file {@code data} beside the model. */
    private static void configure(Framework framework, String data, Map<String, String> parameters) {
        AnalysisConfigurations.add(framework, "CB-SEM", CbsemEngine.ID, Elements.csvDataSource(framework, "data", data),
                parameters).setId("an");
    }

    /** Statements by left side, operator and right side, their modifiers merged as lavaan merges repeated terms. */
    private static Map<String, Modifier> merged(ModelSpecification specification) {
        Map<String, Modifier> out = new LinkedHashMap<>();
        for (Statement s : specification.statements()) {
            String rhs = s.rhs().equals("1") && s.op().symbol().equals("~1") ? "" : s.rhs();
            out.merge(s.lhs() + " " + s.op().symbol() + " " + rhs, s.modifier(), (a, b) -> new Modifier(
                    a.label().isEmpty() ? b.label() : a.label(), Double.isNaN(a.fixed()) ? b.fixed() : a.fixed(),
                    Double.isNaN(a.start()) ? b.start() : a.start(), a.forceFree() || b.forceFree()));
        }
        return out;
    }

    private static String rStrings(String commaSeparated) {
        List<String> items = List.of(commaSeparated.split(",")).stream().map(String::trim).toList();
        return items.size() == 1 ? "\"" + items.get(0) + "\""
                : "c(" + String.join(", ", items.stream().map(i -> "\"" + i + "\"").toList()) + ")";
    }

    private static void compare(String what, double r, double ours, List<String> mismatches) {
        if (Double.isNaN(r) || Double.isNaN(ours)) {
            if (Double.isNaN(r) != Double.isNaN(ours)) {
                mismatches.add(what + ": R " + r + ", engine " + ours);
            }
            return;
        }
        if (Math.abs(ours - r) > TOLERANCE * Math.max(1.0, Math.abs(r))) {
            mismatches.add(what + ": R " + r + ", engine " + ours);
        }
    }
}
