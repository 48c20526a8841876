package org.synergos.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.maven.plugin.MojoExecutionException;

/** The {@code synergos report} command line the goal runs. */
final class ReportCommand {

    private ReportCommand() {
    }

    static List<String> of(Path home, Path model, Path output, String engine, Map<String, String> parameters)
            throws MojoExecutionException {
        Path launcher = home.resolve("bin").resolve("synergos");
        if (!Files.isExecutable(launcher)) {
            throw new MojoExecutionException("not a Synergos distribution (no executable bin/synergos): " + home);
        }
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "report", model.toString(), "-o",
                output.toString()));
        if (engine != null && !engine.isBlank()) {
            command.add("-e");
            command.add(engine);
        }
        if (parameters != null) {
            // Sorted, so the same configuration always gives the same command (and the same report).
            new TreeMap<>(parameters).forEach((key, value) -> {
                command.add("-p");
                command.add(key + "=" + value);
            });
        }
        return command;
    }
}
