package org.synergos.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path temp;

    @Test
    void buildsTheReportCommandWithSortedParameterOverrides() throws Exception {
        Path home = fakeDistribution(temp.resolve("home"));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("seed", "42");
        parameters.put("bootstrap", "5000");
        List<String> command = ReportCommand.of(home, Path.of("study"), Path.of("out"), "pls-sem", parameters);
        assertEquals(List.of(home.resolve("bin/synergos").toString(), "report", "study", "-o", "out", "-e", "pls-sem",
                "-p", "bootstrap=5000", "-p", "seed=42"), command);
    }

    @Test
    void refusesAFolderThatIsNoDistribution() {
        MojoExecutionException error = assertThrows(MojoExecutionException.class,
                () -> ReportCommand.of(temp, Path.of("m"), Path.of("o"), null, null));
        assertTrue(error.getMessage().contains("not a Synergos distribution"), error.getMessage());
    }

    @Test
    void unpacksADistributionWithAnExecutableLauncher() throws Exception {
        Path zip = zip(temp.resolve("d.zip"), "bin/synergos", "conf/jvm.options");
        Path home = temp.resolve("target/synergos-1");
        Distribution.unzip(zip, home);
        assertTrue(Files.isExecutable(home.resolve("bin/synergos")));
        assertTrue(Files.exists(home.resolve("conf/jvm.options")));
    }

    @Test
    void refusesZipEntriesThatLeaveTheTargetFolder() throws Exception {
        Path zip = zip(temp.resolve("evil.zip"), "bin/synergos", "../../escaped.txt");
        IOException error = assertThrows(IOException.class, () -> Distribution.unzip(zip, temp.resolve("t/home")));
        assertTrue(error.getMessage().contains("leaves the target folder"));
        assertTrue(Files.notExists(temp.resolve("escaped.txt")));
    }

    private static Path fakeDistribution(Path home) throws IOException {
        Path launcher = Files.createDirectories(home.resolve("bin")).resolve("synergos");
        Files.writeString(launcher, "#!/bin/sh\n");
        launcher.toFile().setExecutable(true);
        return home;
    }

    private static Path zip(Path file, String... entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
