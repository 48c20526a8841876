package org.synergos.analysis.dea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.model.AnalysisConfiguration;
import org.synergos.model.Framework;
import org.synergos.model.Parameter;
import org.synergos.model.io.ModelStore;
import org.synergos.sdk.testkit.EngineHarness;

/**
 * The example study examples/dea-innovation-efficiency as a user runs it: its model's analyses entries give the
 * parameters, and its data are the innovation panel the Benchmarking references were computed on; and the
 * defaults a user gets are Benchmarking's (dea: VRS, input) and Färe et al.'s (malmquist: CRS, input).
 */
class ExampleStudyTest {

    static final Path STUDY = Path.of("../../examples/dea-innovation-efficiency");

    static Map<String, String> parameters(String engine) throws Exception {
        Framework framework = ModelStore.load(STUDY.resolve("model.synergos"));
        Map<String, String> parameters = new LinkedHashMap<>();
        for (AnalysisConfiguration analysis : framework.getAnalyses()) {
            if (analysis.getEngineId().equals(engine)) {
                for (Parameter p : analysis.getParameters()) {
                    parameters.put(p.getKey(), p.getValue());
                }
            }
        }
        return parameters;
    }

    @Test
    void theStudysDataAreTheReferencedPanel() throws Exception {
        assertEquals(Files.readString(Reference.DATA.resolve("innovation.csv")), Files.readString(STUDY.resolve("data.csv")),
                "src/test/resources/data/innovation.csv must be a copy of the example's data.csv");
    }

    @Test
    void theStudyRunsAsTheReferencedCase() throws Exception {
        for (AnalysisEngine engine : new AnalysisEngine[] { new DeaEngine(), new MalmquistEngine() }) {
            Map<String, String> parameters = parameters(engine.descriptor().id());
            assertEquals("region", parameters.get("dmu"));
            AnalysisResult onModel = EngineHarness.onModel(engine, STUDY, parameters);
            AnalysisResult onCsv = EngineHarness.onCsv(engine, Reference.DATA.resolve("innovation.csv"), parameters);
            assertEquals(onCsv.tables(), onModel.tables());
        }
    }

    @Test
    void defaultsAreTheReferenceTools() throws Exception {
        Map<String, String> parameters = parameters("dea");
        AnalysisResult defaults = EngineHarness.onModel(new DeaEngine(), STUDY, parameters);
        Map<String, String> explicit = new LinkedHashMap<>(parameters);
        explicit.put("rts", "vrs");
        explicit.put("orientation", "in");
        assertEquals(EngineHarness.onModel(new DeaEngine(), STUDY, explicit).tables(), defaults.tables());
        assertTrue(defaults.table("dea-efficiency").orElseThrow().title().contains("input-oriented"));
        assertEquals("variable returns to scale (BCC)", defaults.provenance().get("returns to scale of slacks, peers and super-efficiency"));
    }
}
