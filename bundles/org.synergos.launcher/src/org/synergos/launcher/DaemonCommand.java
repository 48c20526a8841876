package org.synergos.launcher;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.synergos.launcher.api.HeadlessApplication;

/**
 * {@code synergos daemon start|stop|status|run}: a resident runtime for this distribution. While it runs,
 * {@code bin/synergos} hands every other command (except the workbench and the shell) to it, so a command
 * costs its own work only. Handled by the launcher, before and outside the OSGi runtime.
 */
final class DaemonCommand {

    static final String NAME = "daemon";
    private static final Duration DEFAULT_IDLE = Duration.ofHours(3);
    private static final Duration START_WAIT = Duration.ofSeconds(60);
    private static final String USAGE = """
            Usage: synergos daemon start [--idle-minutes N] | stop | status | run [--idle-minutes N]
              start   start a resident runtime in the background; later commands of this user run in it
              stop    stop it (commands under way finish first)
              status  say whether it runs, since when, and how many commands it served
              run     the same runtime in the foreground (for service managers; Ctrl-C stops it)
            It stops by itself after --idle-minutes without commands (default 180). SYNERGOS_DAEMON=off makes a
            command run in its own process although a resident runtime is up; SYNERGOS_DAEMON=auto starts one
            when a command finds none.""";

    private final RuntimeLayout layout;
    private final DaemonAddress address;

    DaemonCommand(RuntimeLayout layout, DaemonAddress address) {
        this.layout = layout;
        this.address = address;
    }

    int run(List<String> arguments) {
        String action = arguments.size() > 1 ? arguments.get(1) : "";
        Optional<Duration> idle = idleTimeout(arguments.subList(Math.min(2, arguments.size()), arguments.size()));
        if (idle.isEmpty()) {
            System.err.println(USAGE);
            return HeadlessApplication.USAGE;
        }
        try {
            return switch (action) {
                case "start" -> start(idle.get(), System.out);
                case "stop" -> ask(DaemonProtocol.STOP_REQUEST, "no Synergos daemon runs for " + layout.home());
                case "status" -> ask(DaemonProtocol.STATUS_REQUEST, "no Synergos daemon runs for " + layout.home());
                case "run" -> new OsgiRuntime(layout, List.of(NAME)).serve(address, idle.get());
                default -> {
                    System.err.println(USAGE);
                    yield action.equals("--help") || action.equals("-h") ? HeadlessApplication.OK : HeadlessApplication.USAGE;
                }
            };
        } catch (IOException e) {
            System.err.println("synergos daemon: " + e.getMessage());
            return HeadlessApplication.FAILED;
        }
    }

    /** The idle limit from {@code --idle-minutes N}; empty for anything else after the action. */
    private static Optional<Duration> idleTimeout(List<String> options) {
        if (options.isEmpty()) {
            return Optional.of(DEFAULT_IDLE);
        }
        if (options.size() == 2 && options.get(0).equals("--idle-minutes") && options.get(1).matches("\\d{1,6}")
                && Integer.parseInt(options.get(1)) > 0) {
            return Optional.of(Duration.ofMinutes(Integer.parseInt(options.get(1))));
        }
        return Optional.empty();
    }

    private int ask(String request, String whenAbsent) throws IOException {
        Optional<DaemonClient> client = DaemonClient.connect(address);
        if (client.isEmpty()) {
            System.out.println(whenAbsent);
            return request.equals(DaemonProtocol.STATUS_REQUEST) ? HeadlessApplication.FAILED : HeadlessApplication.OK;
        }
        String answer;
        try (DaemonClient connected = client.get()) {
            answer = connected.request(request);
        }
        System.out.println(answer);
        if (request.equals(DaemonProtocol.STOP_REQUEST) && answer.startsWith(DaemonServer.STOPPING)) {
            awaitSocketGone();
        }
        return HeadlessApplication.OK;
    }

    /** For {@code SYNERGOS_DAEMON=auto}: starts a resident runtime, saying so on standard error; false if it failed. */
    boolean startForCommands() {
        try {
            return start(DEFAULT_IDLE, System.err) == HeadlessApplication.OK;
        } catch (IOException e) {
            System.err.println("synergos: no resident runtime (" + e.getMessage() + "); running in this process");
            return false;
        }
    }

    /**
     * Starts {@code bin/synergos daemon run} with this JVM's options as a process of its own session (so closing
     * the terminal does not end it) and waits until it answers.
     */
    private int start(Duration idle, java.io.PrintStream messages) throws IOException {
        Optional<DaemonClient> running = DaemonClient.connect(address);
        if (running.isPresent()) {
            try (DaemonClient client = running.get()) {
                messages.println("already running: " + client.request(DaemonProtocol.STATUS_REQUEST));
            }
            return HeadlessApplication.OK;
        }
        address.prepareFolder();
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith("-XX:ArchiveClassesAtExit")) { // the first run's archive is written by this process
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), NAME, "run",
                "--idle-minutes", Long.toString(idle.toMinutes())));
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(address.log().toFile()).start();
        long deadline = System.nanoTime() + START_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (DaemonClient.isServed(address)) {
                messages.println("Synergos daemon started (pid " + process.pid() + "); commands of "
                        + System.getProperty("user.name") + " now run in it. Log: " + address.log());
                return HeadlessApplication.OK;
            }
            if (!process.isAlive()) {
                break;
            }
            sleep(50);
        }
        process.destroy();
        System.err.println("synergos daemon: the runtime did not start; its log " + address.log() + " says:");
        Files.readAllLines(address.log()).forEach(line -> System.err.println("  " + line));
        return HeadlessExit.STARTUP_FAILED;
    }

    private void awaitSocketGone() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (Files.exists(address.socket()) && System.nanoTime() < deadline) {
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
