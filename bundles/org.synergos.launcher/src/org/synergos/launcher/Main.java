package org.synergos.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Entry point of {@code bin/synergos}: hands the command to this distribution's resident runtime when one
 * runs ({@code synergos daemon start}; with {@code SYNERGOS_DAEMON=auto} started on demand), else boots the
 * OSGi runtime and runs the command line inside it, so installed plugins serve the command line too.
 */
public final class Main {

    /** Commands that own the terminal or a port run in their own process, never in the resident runtime. */
    private static final Set<String> OWN_PROCESS = Set.of("workbench", "shell", DaemonCommand.NAME);

    private Main() {
    }

    public static void main(String[] args) {
        String home = System.getProperty("synergos.home");
        if (home == null) {
            System.err.println("synergos: system property synergos.home is not set (start with bin/synergos)");
            System.exit(HeadlessExit.STARTUP_FAILED);
        }
        RuntimeLayout layout = RuntimeLayout.of(Path.of(home));
        List<String> arguments = List.of(args);
        String command = arguments.isEmpty() ? "" : arguments.get(0);
        if (command.equals(DaemonCommand.NAME)) {
            System.exit(new DaemonCommand(layout, DaemonAddress.of(layout)).run(arguments));
        }
        DaemonMode mode = DaemonMode.fromEnvironment();
        if (!OWN_PROCESS.contains(command) && mode != DaemonMode.OFF) {
            Optional<Integer> code = runInResidentRuntime(layout, mode, arguments);
            if (code.isPresent()) {
                System.exit(code.get());
            }
        }
        System.exit(new OsgiRuntime(layout, arguments).run());
    }

    /** The command's exit code from the resident runtime; empty when none runs (or none could be started). */
    private static Optional<Integer> runInResidentRuntime(RuntimeLayout layout, DaemonMode mode,
            List<String> arguments) {
        DaemonAddress address = DaemonAddress.of(layout);
        Optional<DaemonClient> client = DaemonClient.connect(address);
        if (client.isEmpty() && mode == DaemonMode.AUTO && new DaemonCommand(layout, address).startForCommands()) {
            client = DaemonClient.connect(address);
        }
        if (client.isEmpty()) {
            return Optional.empty();
        }
        try (DaemonClient connected = client.get()) {
            return Optional.of(connected.run(arguments));
        } catch (IOException e) {
            System.err.println("synergos: " + e.getMessage());
            return Optional.of(HeadlessExit.STARTUP_FAILED);
        }
    }
}
