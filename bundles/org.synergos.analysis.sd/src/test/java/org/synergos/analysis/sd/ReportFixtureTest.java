package org.synergos.analysis.sd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.json.ResultJson;
import org.synergos.sdk.testkit.EngineHarness;

/**
 * The report's chart tests (org.synergos.report.tests, a Tycho fragment that cannot run this plugin) read this
 * engine's result for examples/sd-synergy from a committed JSON file; this test keeps that file the engine's
 * real output. After a deliberate change of the tables, rewrite it with -Dsd.rewriteReportFixture=true.
 */
class ReportFixtureTest {

    static final Path FIXTURE = Path.of("../org.synergos.report.tests/resources/system-dynamics/sd-synergy-result.json");

    @Test
    void committedResultIsTheEnginesOutput() throws Exception {
        AnalysisResult result = EngineHarness.onModel(new SystemDynamicsEngine(), ExampleStudyTest.EXAMPLE, Map.of());
        String json = ResultJson.write(result);
        if (Boolean.getBoolean("sd.rewriteReportFixture")) {
            Files.createDirectories(FIXTURE.getParent());
            Files.writeString(FIXTURE, json, StandardCharsets.UTF_8);
        }
        assertEquals(json, Files.readString(FIXTURE, StandardCharsets.UTF_8), FIXTURE + " is not the engine's output");
    }
}
