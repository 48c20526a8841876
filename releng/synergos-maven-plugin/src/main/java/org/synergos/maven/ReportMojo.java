package org.synergos.maven;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Builds the study's report in its own build, as {@code synergos report} does: runs the analyses the model
 * configures and writes HTML, Word, Excel, LaTeX, CSV, SVG/PDF and JSON into {@code outputDirectory}. A failed
 * analysis fails the build (the report still says what failed).
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractMojo {

    /** The model file, or a folder holding exactly one {@code *.synergos} file. */
    @Parameter(property = "synergos.model", defaultValue = "${project.basedir}")
    File model;

    @Parameter(property = "synergos.outputDirectory", defaultValue = "${project.build.directory}/synergos-report")
    File outputDirectory;

    /** Only this engine's configured analyses (all when absent). */
    @Parameter(property = "synergos.engine")
    String engine;

    /** Parameter overrides for the analyses, e.g. {@code <bootstrap>5000</bootstrap>}. */
    @Parameter
    Map<String, String> parameters;

    /**
     * An unpacked Synergos distribution to run. Absent: the distribution of this plugin's version is taken
     * from the Maven repositories ({@code org.synergos:org.synergos.distribution:zip}) and unpacked under
     * {@code target/}.
     */
    @Parameter(property = "synergos.home")
    File synergosHome;

    /** Extra JVM options for the Synergos runtime, e.g. {@code -Xmx4g}. */
    @Parameter(property = "synergos.javaOptions")
    String javaOptions;

    @Parameter(property = "synergos.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    @Component
    RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    List<RemoteRepository> repositories;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Synergos report skipped");
            return;
        }
        Path home = synergosHome != null ? synergosHome.toPath()
                : Distribution.resolve(repositorySystem, repositorySession, repositories, pluginVersion,
                        buildDirectory.toPath());
        List<String> command = ReportCommand.of(home, model.toPath(), outputDirectory.toPath(), engine, parameters);
        getLog().info("Synergos: " + String.join(" ", command));
        int exit = run(command);
        switch (exit) {
            case 0 -> getLog().info("Synergos report: " + outputDirectory.toPath().resolve("index.html"));
            case 1 -> throw new MojoFailureException("Synergos: an analysis failed or the model is invalid; the report in "
                    + outputDirectory + " says what failed");
            case 2 -> throw new MojoExecutionException("Synergos: the report command was not understood: " + command);
            default -> throw new MojoExecutionException("Synergos: the runtime in " + home + " could not start (exit " + exit + ")");
        }
    }

    private int run(List<String> command) throws MojoExecutionException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (javaOptions != null && !javaOptions.isBlank()) {
            builder.environment().put("SYNERGOS_JAVA_OPTS", javaOptions);
        }
        try {
            Process process = builder.start();
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    getLog().info("  " + line);
                }
            }
            return process.waitFor();
        } catch (IOException e) {
            throw new MojoExecutionException("Synergos: cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Synergos: interrupted", e);
        }
    }
}
