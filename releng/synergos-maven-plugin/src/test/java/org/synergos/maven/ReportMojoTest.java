package org.synergos.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal against the distribution this reactor assembled, on the repository's examples. */
class ReportMojoTest {

    private static final Path HOME = Path.of(System.getProperty("synergos.test.home", "missing"));
    private static final Path EXAMPLES = Path.of(System.getProperty("synergos.examples", "missing"));

    @TempDir
    Path temp;

    @Test
    void buildsTheReportOfAnExampleStudy() throws Exception {
        assertTrue(Files.isExecutable(HOME.resolve("bin/synergos")),
                "the distribution is built before this module in the reactor: " + HOME);
        ReportMojo mojo = mojo(EXAMPLES.resolve("change-range").toFile(), temp.resolve("report").toFile());
        mojo.execute();
        String html = Files.readString(temp.resolve("report/index.html"));
        assertTrue(html.contains("<table"), "the report holds the engine's tables");
    }

    @Test
    void aModelThatDoesNotExistFailsTheBuildWithTheRuntimesMessage() throws Exception {
        ReportMojo mojo = mojo(temp.resolve("no-such-study").toFile(), temp.resolve("out").toFile());
        assertTrue(assertThrows(MojoFailureException.class, mojo::execute).getMessage().contains("model is invalid"));
    }

    private ReportMojo mojo(File model, File output) {
        ReportMojo mojo = new ReportMojo();
        mojo.model = model;
        mojo.outputDirectory = output;
        mojo.synergosHome = HOME.toFile();
        mojo.buildDirectory = temp.toFile();
        mojo.parameters = Map.of();
        return mojo;
    }
}
