package org.synergos.launcher.api;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One command to run: what the user typed, where and with which environment, and where its output goes.
 * A command run by a resident runtime ({@code synergos daemon}) carries the calling shell's folder and
 * environment, not the runtime's, so the same command line means the same thing either way.
 *
 * @param arguments        the command line after {@code synergos}
 * @param workingDirectory the folder relative paths are resolved against (absolute)
 * @param environment      the caller's environment variables (e.g. {@code SOURCE_DATE_EPOCH})
 * @param terminal         whether the caller's output is a terminal (self-updating progress lines)
 * @param out              standard output of the caller
 * @param err              standard error of the caller
 * @param stopRequested    true once the caller pressed Ctrl-C or went away: long commands stop then
 */
public record Invocation(List<String> arguments, Path workingDirectory, Map<String, String> environment,
        boolean terminal, PrintStream out, PrintStream err, BooleanSupplier stopRequested) {

    public Invocation {
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
        if (!workingDirectory.isAbsolute()) {
            throw new IllegalArgumentException("working directory must be absolute: " + workingDirectory);
        }
    }

    /** The command run by this process, in this process's folder and environment. */
    public static Invocation ofThisProcess(List<String> arguments, BooleanSupplier stopRequested) {
        return new Invocation(arguments, Path.of("").toAbsolutePath(), System.getenv(), System.console() != null,
                System.out, System.err, stopRequested);
    }
}
