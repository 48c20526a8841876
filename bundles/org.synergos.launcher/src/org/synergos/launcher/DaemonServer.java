package org.synergos.launcher;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.ToIntFunction;

import org.synergos.launcher.api.HeadlessApplication;
import org.synergos.launcher.api.Invocation;

import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * The resident runtime's listener: accepts commands from {@code bin/synergos} of the same user on the
 * distribution's socket and runs each on its own thread in the warm runtime, so a command costs its own work
 * only, not the JVM's and the OSGi runtime's start and the JIT's warm-up. Stops on request, on SIGTERM or
 * after an idle period.
 */
final class DaemonServer {

    static final String DAEMON = "daemon";
    static final String WORKBENCH = "workbench";
    /** How the answer to a stop request begins when the runtime stops. */
    static final String STOPPING = "stopping the ";

    private final DaemonAddress address;
    private final String host;
    private final Duration idleTimeout;
    private final ToIntFunction<Invocation> application;
    private final BooleanSupplier runtimeStopping;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong served = new AtomicLong();
    private final Instant started = Instant.now();
    private volatile Instant lastActivity = Instant.now();
    private volatile ServerSocketChannel server;

    /**
     * @param host        what keeps the runtime: {@link #DAEMON} (stops on request or when idle) or {@link #WORKBENCH}
     *                    (serves while the workbench runs; a stop request is declined)
     */
    DaemonServer(DaemonAddress address, String host, Duration idleTimeout, ToIntFunction<Invocation> application,
            BooleanSupplier runtimeStopping) {
        this.address = address;
        this.host = host;
        this.idleTimeout = idleTimeout;
        this.application = application;
        this.runtimeStopping = runtimeStopping;
    }

    /** Listens until stopped; returns normally after a stop request, an idle timeout or the runtime's end. */
    void serve(PrintStream log) throws IOException {
        address.prepareFolder();
        Files.deleteIfExists(address.socket()); // left by a runtime that did not stop cleanly (or we'd fail to bind)
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(address.socket()));
        Files.setPosixFilePermissions(address.socket(), PosixFilePermissions.fromString("rw-------"));
        Thread watchdog = new Thread(this::stopWhenIdle, "synergos-daemon-idle");
        watchdog.setDaemon(true);
        watchdog.start();
        log.println(title() + " serves the commands of " + System.getProperty("user.name") + " on " + address.socket());
        log.flush();
        try {
            while (!stopping.get()) {
                SocketChannel connection;
                try {
                    connection = server.accept();
                } catch (AsynchronousCloseException e) {
                    break;
                }
                running.incrementAndGet(); // here, not in the worker: the idle check must never miss a connection
                Thread worker = new Thread(() -> handle(connection), "synergos-command-" + served.incrementAndGet());
                worker.start();
            }
        } finally {
            stop();
            awaitCommands();
        }
    }

    /** Commands under way finish before the runtime stops (unless it is being killed: then they are cancelled). */
    private void awaitCommands() {
        while (running.get() > 0 && !runtimeStopping.getAsBoolean()) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void stop() {
        stopping.set(true);
        try {
            ServerSocketChannel listening = server;
            if (listening != null) {
                listening.close();
            }
            Files.deleteIfExists(address.socket());
        } catch (IOException e) {
            // the socket file is removed by the next start at the latest
        }
    }

    private void stopWhenIdle() {
        while (!stopping.get()) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            boolean idle = running.get() == 0 && Instant.now().isAfter(lastActivity.plus(idleTimeout));
            if (idle || runtimeStopping.getAsBoolean()) {
                stop();
            }
        }
    }

    private void handle(SocketChannel connection) {
        try (connection) {
            if (!sameUser(connection)) {
                return;
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(DaemonProtocol.input(connection)));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(DaemonProtocol.output(connection)));
            if (!DaemonProtocol.GREETING.equals(in.readUTF())) {
                return;
            }
            switch (in.readUTF()) {
                case DaemonProtocol.RUN -> runCommand(in, out);
                case DaemonProtocol.STATUS_REQUEST -> answer(out, status());
                case DaemonProtocol.STOP_REQUEST -> {
                    if (host.equals(WORKBENCH)) {
                        answer(out, title() + " keeps serving commands while it runs; stop it with Ctrl-C");
                    } else {
                        answer(out, STOPPING + title());
                        stop();
                    }
                }
                default -> answer(out, "unknown request");
            }
        } catch (IOException e) {
            // the client went away: its command (if any) has been cancelled
        } finally {
            lastActivity = Instant.now();
            running.decrementAndGet();
        }
    }

    /** Only the user who started the runtime may run commands in it (the folder's permissions say so too). */
    private static boolean sameUser(SocketChannel connection) throws IOException {
        UnixDomainPrincipal peer = connection.getOption(ExtendedSocketOptions.SO_PEERCRED);
        return peer.user().getName().equals(System.getProperty("user.name"));
    }

    private void runCommand(DataInputStream in, DataOutputStream out) throws IOException {
        Path workingDirectory = Path.of(DaemonProtocol.readString(in));
        boolean terminal = in.readBoolean();
        Map<String, String> environment = new HashMap<>();
        int variables = in.readInt();
        for (int i = 0; i < variables; i++) {
            environment.put(DaemonProtocol.readString(in), DaemonProtocol.readString(in));
        }
        int count = in.readInt();
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            arguments.add(DaemonProtocol.readString(in));
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread cancelWatch = new Thread(() -> watchForCancel(in, cancelled), "synergos-cancel-watch");
        cancelWatch.setDaemon(true);
        cancelWatch.start();
        PrintStream stdout = new PrintStream(new BufferedOutputStream(
                new DaemonProtocol.FrameOutputStream(out, DaemonProtocol.OUT), 1 << 15), true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new DaemonProtocol.FrameOutputStream(out, DaemonProtocol.ERR), true,
                StandardCharsets.UTF_8);
        int code;
        try {
            code = application.applyAsInt(new Invocation(arguments, workingDirectory, environment, terminal, stdout,
                    stderr, () -> cancelled.get() || runtimeStopping.getAsBoolean()));
        } catch (RuntimeException | LinkageError e) {
            // a failing command or plugin never takes the runtime down
            stderr.println("synergos: the command failed in the resident runtime: " + e);
            code = HeadlessApplication.FAILED;
        }
        stdout.flush();
        stderr.flush();
        synchronized (out) {
            out.writeByte(DaemonProtocol.EXIT);
            out.writeInt(code);
            out.flush();
        }
    }

    /** A cancel byte or the end of the connection (the client was killed) cancels the command. */
    private static void watchForCancel(DataInputStream in, AtomicBoolean cancelled) {
        try {
            in.read();
        } catch (IOException e) {
            // closed: same as cancelled
        }
        cancelled.set(true);
    }

    private String status() {
        Runtime runtime = Runtime.getRuntime();
        return title() + " on " + address.socket() + "\n"
                + "  up " + Duration.between(started, Instant.now()).toSeconds() + " s, " + served.get()
                + " connection(s), " + (running.get() - 1) + " command(s) running\n"
                + "  heap " + (runtime.totalMemory() - runtime.freeMemory()) / (1 << 20) + " MiB of "
                + runtime.maxMemory() / (1 << 20) + " MiB; "
                + (host.equals(WORKBENCH) ? "serves as long as the workbench runs"
                        : "stops after " + idleTimeout.toMinutes() + " idle minute(s)");
    }

    private String title() {
        return "Synergos " + host + " (pid " + ProcessHandle.current().pid() + ")";
    }

    private static void answer(DataOutputStream out, String text) throws IOException {
        synchronized (out) {
            out.writeByte(DaemonProtocol.STATUS);
            DaemonProtocol.writeString(out, text);
            out.flush();
        }
    }
}
