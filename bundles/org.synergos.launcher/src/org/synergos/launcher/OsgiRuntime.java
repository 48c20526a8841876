package org.synergos.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.util.tracker.ServiceTracker;
import org.synergos.launcher.api.HeadlessApplication;
import org.synergos.launcher.api.Invocation;

/**
 * One life of the OSGi runtime: start Felix on a fresh bundle cache, install and start the core bundles,
 * run the {@link HeadlessApplication} service with the command line (or, as a resident runtime, with every
 * command that arrives on its socket), stop.
 */
final class OsgiRuntime {

    private static final long APPLICATION_WAIT_SECONDS = 30;

    /** What to do with the started runtime; returns the process's exit code. */
    private interface Session {
        int use(HeadlessApplication application, BooleanSupplier stopRequested) throws IOException;
    }

    private final RuntimeLayout layout;
    private final List<String> arguments;
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    OsgiRuntime(RuntimeLayout layout, List<String> arguments) {
        this.layout = layout;
        this.arguments = arguments;
    }

    /**
     * Runs the command line in this process. The workbench also serves the user's other commands while it runs
     * (it is a warm runtime anyway), unless a resident runtime already does.
     */
    int run() {
        return withRuntime((application, stop) -> {
            DaemonServer commands = arguments.isEmpty() || !arguments.get(0).equals("workbench") ? null
                    : commandServerBeside(application, stop);
            try {
                return application.run(Invocation.ofThisProcess(arguments, stop));
            } finally {
                if (commands != null) {
                    commands.stop();
                }
            }
        });
    }

    private DaemonServer commandServerBeside(HeadlessApplication application, BooleanSupplier stop) {
        DaemonAddress address = DaemonAddress.of(layout);
        if (DaemonMode.fromEnvironment() == DaemonMode.OFF || DaemonClient.isServed(address)) {
            return null; // asked not to, or a resident runtime already serves
        }
        DaemonServer server = new DaemonServer(address, DaemonServer.WORKBENCH, Duration.ofDays(365), application::run,
                stop);
        Thread thread = new Thread(() -> {
            try {
                server.serve(System.out);
            } catch (IOException e) {
                System.err.println("synergos workbench: not serving other commands: " + e.getMessage());
            }
        }, "synergos-command-server");
        thread.setDaemon(true);
        thread.start();
        return server;
    }

    /** Serves commands from {@code bin/synergos} on the socket until stopped or idle for {@code idleTimeout}. */
    int serve(DaemonAddress address, Duration idleTimeout) {
        return withRuntime((application, stop) -> {
            new DaemonServer(address, DaemonServer.DAEMON, idleTimeout, application::run, stop).serve(System.out);
            return HeadlessApplication.OK;
        });
    }

    private int withRuntime(Session session) {
        Path cache = createCache();
        Framework framework = null;
        try {
            framework = startFramework(cache);
            StartupTrace.mark("framework started");
            List<String> problems = startCoreBundles(framework.getBundleContext());
            StartupTrace.mark("core bundles started");
            HeadlessApplication application = awaitApplication(framework.getBundleContext());
            StartupTrace.mark("command line ready");
            if (application == null) {
                System.err.println("synergos: the runtime did not start its command line within "
                        + APPLICATION_WAIT_SECONDS + " s");
                problems.forEach(problem -> System.err.println("  " + problem));
                return HeadlessExit.STARTUP_FAILED;
            }
            // a core bundle that does not start is a broken installation: say so on every command
            problems.forEach(problem -> System.err.println("synergos: warning: " + problem));
            installShutdownHook();
            Framework running = framework;
            return session.use(application, () -> stopRequested.get() || running.getState() != Bundle.ACTIVE);
        } catch (IOException e) {
            System.err.println("synergos: " + e.getMessage());
            return HeadlessExit.STARTUP_FAILED;
        } catch (BundleException | RuntimeException e) {
            System.err.println("synergos: runtime failed to start: " + e.getMessage());
            return HeadlessExit.STARTUP_FAILED;
        } finally {
            stop(framework);
            deleteQuietly(cache);
            stopped.countDown();
        }
    }

    private Framework startFramework(Path cache) throws BundleException {
        Map<String, String> properties = new HashMap<>();
        layout.frameworkProperties().forEach((key, value) -> properties.put((String) key, (String) value));
        properties.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.putAll(CommandModes.frameworkProperties(arguments));
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path (lib/)"));
        Framework framework = factory.newFramework(properties);
        framework.start();
        return framework;
    }

    /** Installs all, then starts all (so start order does not matter); returns what failed. */
    private List<String> startCoreBundles(BundleContext context) {
        List<String> problems = new ArrayList<>();
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : layout.coreBundles()) {
            try {
                // "reference:" makes Felix use the JAR in place instead of copying it into the cache
                installed.add(context.installBundle("reference:" + jar.toUri()));
            } catch (BundleException e) {
                problems.add("cannot install " + jar.getFileName() + ": " + e.getMessage());
            }
        }
        StartupTrace.mark("core bundles installed");
        installed.sort(Comparator.comparingInt(CommandModes::startRank));
        for (Bundle bundle : installed) {
            if ((bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0
                    || !CommandModes.shouldStart(bundle, arguments)) {
                continue;
            }
            try {
                bundle.start();
                StartupTrace.mark("started " + bundle.getSymbolicName());
            } catch (BundleException e) {
                problems.add("cannot start " + bundle.getSymbolicName() + ": " + e.getMessage());
            }
        }
        return problems;
    }

    private static HeadlessApplication awaitApplication(BundleContext context) {
        ServiceTracker<HeadlessApplication, HeadlessApplication> tracker = new ServiceTracker<>(context,
                HeadlessApplication.class, null);
        tracker.open();
        try {
            return tracker.waitForService(TimeUnit.SECONDS.toMillis(APPLICATION_WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** On Ctrl-C, asks the running command to finish and waits (briefly) for the runtime to stop cleanly. */
    private void installShutdownHook() {
        java.lang.Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopRequested.set(true);
            try {
                stopped.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "synergos-shutdown"));
    }

    private static void stop(Framework framework) {
        if (framework == null) {
            return;
        }
        try {
            framework.stop();
            framework.waitForStop(TimeUnit.SECONDS.toMillis(10));
        } catch (BundleException | InterruptedException e) {
            System.err.println("synergos: runtime did not stop cleanly: " + e.getMessage());
        }
    }

    /** Each run gets its own bundle cache: concurrent commands never share state. */
    private static Path createCache() {
        try {
            return Files.createTempDirectory("synergos-runtime-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the runtime's cache folder", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp folder is harmless
        }
    }
}
