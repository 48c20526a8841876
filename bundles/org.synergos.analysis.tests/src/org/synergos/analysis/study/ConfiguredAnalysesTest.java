package org.synergos.analysis.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.AnalysisResult.Status;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.ParameterDescriptor;
import org.synergos.analysis.internal.IsolatingAnalysisExecutor;
import org.synergos.analysis.internal.ServiceEngineRegistry;
import org.synergos.model.Framework;
import org.synergos.model.helpers.Elements;
import org.synergos.model.io.ModelStore;
import org.synergos.testing.TestResources;

/** Loading a study and running what its model configures, on the nqpf-smes example. */
class ConfiguredAnalysesTest {

    @TempDir
    Path dir;

    /** Reports what it was given: rows of the data set, the model's name and its parameter. */
    private static final class EchoEngine implements AnalysisEngine {
        private final String id;

        EchoEngine(String id) {
            this.id = id;
        }

        @Override
        public EngineDescriptor descriptor() {
            return new EngineDescriptor(id, id, "1.0", "", List.of(ParameterDescriptor.integer("bootstrap", "", "", 1,
                    0, 100000), ParameterDescriptor.integer("seed", "", "", 1, 0, Long.MAX_VALUE),
                    ParameterDescriptor.choice("weighting", "", "", "path", "path", "factorial")));
        }

        @Override
        public Applicability applicability(AnalysisInput input) {
            return Applicability.ok();
        }

        @Override
        public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) {
            return AnalysisResult.builder(descriptor())
                    .provenance("rows", request.input().data().map(d -> d.rowCount()).orElse(-1))
                    .provenance("model", request.input().model().map(m -> ((Framework) m).getName()).orElse(""))
                    .provenance("bootstrap", request.parameters().integer("bootstrap")).build();
        }
    }

    private static ConfiguredAnalyses analyses(String... engineIds) {
        ServiceEngineRegistry registry = new ServiceEngineRegistry();
        for (String id : engineIds) {
            registry.register(new EchoEngine(id));
        }
        return new ConfiguredAnalyses(new IsolatingAnalysisExecutor(registry), Duration.ofMinutes(1));
    }

    @Test
    void runsEachConfiguredAnalysisWithItsDataAndParameters() throws Exception {
        Study study = Studies.load(TestResources.path("../../examples/nqpf-smes"));
        List<ConfiguredRun> runs = analyses("pls-sem").run(study, Optional.of("pls-sem"), Map.of(),
                name -> AnalysisMonitor.silent());
        assertEquals(1, runs.size());
        AnalysisResult result = runs.get(0).result();
        assertEquals(Status.COMPLETED, result.status(), result.messages().toString());
        assertEquals("314", result.provenance().get("rows"));
        assertEquals("5000", result.provenance().get("bootstrap"), "the model's parameter");
        List<ConfiguredRun> overridden = analyses("pls-sem").run(study, Optional.of("pls-sem"),
                Map.of("bootstrap", "100"), name -> AnalysisMonitor.silent());
        assertEquals("100", overridden.get(0).result().provenance().get("bootstrap"), "command-line override");
    }

    @Test
    void anEngineTheModelDoesNotConfigureRunsOnTheModelsData() throws Exception {
        Study study = Studies.load(TestResources.path("../../examples/nqpf-smes"));
        ConfiguredRun run = analyses("extra").runEngine(study, "extra", Map.of(), AnalysisMonitor.silent());
        assertEquals("extra", run.engineId());
        assertEquals(Status.COMPLETED, run.result().status(), run.result().messages().toString());
        assertEquals("314", run.result().provenance().get("rows"));
    }

    @Test
    void aConfiguredEngineThatIsNotInstalledFailsWithAClearMessage() throws Exception {
        Study study = Studies.load(TestResources.path("../../examples/nqpf-smes"));
        List<ConfiguredRun> runs = analyses().run(study, Optional.empty(), Map.of(), name -> AnalysisMonitor.silent());
        assertTrue(runs.size() >= 2, runs.toString());
        runs.forEach(run -> assertTrue(run.result().messages().get(0).text().contains("no engine '" + run.engineId()
                + "' is installed"), run.result().messages().toString()));
    }

    @Test
    void dataPathsMayNotLeaveTheModelsFolder() throws Exception {
        Framework framework = Elements.framework("escape");
        Elements.csvDataSource(framework, "outside", "../secret.csv");
        Path model = dir.resolve("study/model.synergos");
        Files.createDirectories(model.getParent());
        ModelStore.save(framework, model);
        Study study = Studies.load(model.getParent());
        StudyException error = assertThrows(StudyException.class,
                () -> Studies.read(study, study.framework().getDataSources().get(0)));
        assertTrue(error.getMessage().contains("outside"), error.getMessage());
    }

    @Test
    void aFolderWithoutExactlyOneModelIsRefused() {
        StudyException error = assertThrows(StudyException.class, () -> Studies.load(dir));
        assertTrue(error.getMessage().contains("expected one *.synergos model file"), error.getMessage());
    }
}
