package org.synergos.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.synergos.analysis.plugins.InstalledPlugin;
import org.synergos.analysis.plugins.PluginException;
import org.synergos.analysis.plugins.PluginManager;
import org.synergos.launcher.api.HeadlessApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code synergos plugins list | install | remove | update}: the distribution's plugin bundles. */
@Command(name = "plugins", aliases = "plugin", mixinStandardHelpOptions = true,
        description = { "List, install, remove and update analysis plugins (bundles in the distribution's plugins/ folder);",
                "create a new engine plugin project with 'new'.",
                "Running runtimes (the workbench, the resident runtime) pick changes up without a restart." })
final class PluginsCommand implements Runnable {

    /** How long install waits for this runtime to start the new bundle, to report its engines. */
    private static final long START_WAIT_MILLIS = 5000;

    private final CommandContext context;

    PluginsCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        try {
            new ListPlugins(this).call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command with its subcommands, which share this context. */
    picocli.CommandLine commandLine() {
        picocli.CommandLine line = new picocli.CommandLine(this);
        line.addSubcommand(new ListPlugins(this));
        line.addSubcommand(new Install(this));
        line.addSubcommand(new Remove(this));
        line.addSubcommand(new Update(this));
        line.addSubcommand(new NewPlugin(this));
        return line;
    }

    /** One change or query of the plugin manager; refusals become exit code 1 with the reason. */
    private interface Step {
        int run(PluginManager manager) throws PluginException, InterruptedException;
    }

    private int with(Step step) throws InterruptedException {
        Optional<PluginManager> manager = context.plugins();
        if (manager.isEmpty()) {
            context.err().println("synergos plugins: this runtime has no plugin manager");
            return HeadlessApplication.FAILED;
        }
        try {
            return step.run(manager.get());
        } catch (PluginException e) {
            context.err().println("synergos plugins: " + e.getMessage());
            return HeadlessApplication.FAILED;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Plugin bundles with version, state, engines and what an unresolved one lacks.")
    static final class ListPlugins implements Callable<Integer> {
        private final PluginsCommand parent;

        ListPlugins(PluginsCommand parent) {
            this.parent = parent;
        }

        @Override
        public Integer call() throws InterruptedException {
            return parent.with(this::print);
        }

        private int print(PluginManager manager) {
            List<InstalledPlugin> plugins = manager.list();
            if (plugins.isEmpty()) {
                parent.context.out().println("No plugins in " + manager.folder() + ".");
                return HeadlessApplication.OK;
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] { "BUNDLE", "VERSION", "STATE", "ENGINES", "FILE" });
            for (InstalledPlugin plugin : plugins) {
                rows.add(new String[] { plugin.symbolicName(), plugin.version(), plugin.state(),
                        plugin.engines().isEmpty() ? "-" : String.join(", ", plugin.engines()),
                        plugin.file().getFileName().toString() });
            }
            TextColumns.print(parent.context.out(), rows);
            for (InstalledPlugin plugin : plugins) {
                plugin.problems().forEach(problem -> parent.context.out()
                        .println(plugin.symbolicName() + " cannot run: " + problem));
            }
            return HeadlessApplication.OK;
        }
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = { "Install a bundle JAR, every JAR of a folder, or the bundles of a local p2 repository.",
                    "The bundles are resolved first: if one lacks a package or bundle, nothing is installed." })
    static final class Install implements Callable<Integer> {
        private final PluginsCommand parent;

        @Parameters(paramLabel = "JAR|FOLDER|P2-REPOSITORY")
        Path source;

        Install(PluginsCommand parent) {
            this.parent = parent;
        }

        @Override
        public Integer call() throws InterruptedException {
            return parent.with(this::install);
        }

        private int install(PluginManager manager) throws PluginException, InterruptedException {
            for (InstalledPlugin plugin : manager.install(source)) {
                InstalledPlugin started = awaitStart(manager, plugin);
                parent.context.out().println("installed " + started.symbolicName() + " " + started.version() + " ("
                        + started.state() + (started.engines().isEmpty() ? "" : ", engines: "
                                + String.join(", ", started.engines())) + ") as " + started.file());
                started.problems().forEach(problem -> parent.context.out().println("  cannot run: " + problem));
            }
            return HeadlessApplication.OK;
        }

        /** File Install in this runtime picks the file up within its poll interval; wait for it briefly. */
        private static InstalledPlugin awaitStart(PluginManager manager, InstalledPlugin plugin)
                throws InterruptedException {
            long deadline = System.currentTimeMillis() + START_WAIT_MILLIS;
            InstalledPlugin current = plugin;
            while (System.currentTimeMillis() < deadline) {
                for (InstalledPlugin candidate : manager.list()) {
                    if (candidate.file().equals(plugin.file())) {
                        current = candidate;
                    }
                }
                // INSTALLED with problems: it cannot resolve (installed meanwhile by hand against a changed platform)
                if (current.state().equals("ACTIVE") && !current.engines().isEmpty()
                        || current.state().equals("INSTALLED") && !current.problems().isEmpty()) {
                    break;
                }
                Thread.sleep(100);
            }
            return current;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove the plugin that provides an engine (or the plugin bundle of that name).")
    static final class Remove implements Callable<Integer> {
        private final PluginsCommand parent;

        @Parameters(paramLabel = "ID", description = "Engine id or bundle symbolic name.")
        String id;

        Remove(PluginsCommand parent) {
            this.parent = parent;
        }

        @Override
        public Integer call() throws InterruptedException {
            return parent.with(manager -> {
                InstalledPlugin removed = manager.remove(id);
                parent.context.out().println("removed " + removed.symbolicName() + " " + removed.version()
                        + (removed.engines().isEmpty() ? "" : " (engines: " + String.join(", ", removed.engines()) + ")"));
                return HeadlessApplication.OK;
            });
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Re-install plugins from where they were installed from, if a newer version is there.")
    static final class Update implements Callable<Integer> {
        private final PluginsCommand parent;

        @Parameters(paramLabel = "ID", arity = "0..1", description = "Engine id or bundle name; default: every plugin.")
        String id;

        Update(PluginsCommand parent) {
            this.parent = parent;
        }

        @Override
        public Integer call() throws InterruptedException {
            return parent.with(manager -> {
                List<InstalledPlugin> updated = manager.update(Optional.ofNullable(id));
                if (updated.isEmpty()) {
                    parent.context.out().println("every plugin is up to date");
                }
                updated.forEach(plugin -> parent.context.out()
                        .println("updated " + plugin.symbolicName() + " to " + plugin.version()));
                return HeadlessApplication.OK;
            });
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = { "Create a Maven project for a new analysis-engine plugin: one engine, one passing test.",
                    "Build it with 'mvn package' once the plugin SDK is in your Maven repository (docs/plugins.md)." })
    static final class NewPlugin implements Callable<Integer> {
        private final PluginsCommand parent;

        @Parameters(paramLabel = "ID", description = "Engine id, e.g. coupling-coordination.")
        String id;

        @Option(names = { "-o", "--output" }, paramLabel = "DIR", description = "Folder to create (default: ./ID).")
        Path output;

        @Option(names = "--package", paramLabel = "PACKAGE", description = "Java package (default: org.example.<id>).")
        String packageName;

        @Option(names = "--name", paramLabel = "TEXT", description = "The engine's display name (default: from the id).")
        String name;

        NewPlugin(PluginsCommand parent) {
            this.parent = parent;
        }

        @Override
        public Integer call() {
            PluginTemplate template;
            try {
                template = new PluginTemplate(id, packageName, name);
            } catch (IllegalArgumentException e) {
                parent.context.err().println("synergos plugins new: " + e.getMessage());
                return HeadlessApplication.USAGE;
            }
            Path folder = output != null ? output : parent.context.resolve(id);
            try {
                template.writeTo(folder).keySet().forEach(file -> parent.context.out().println("  " + file));
            } catch (java.io.IOException e) {
                parent.context.err().println("synergos plugins new: " + e.getMessage());
                return HeadlessApplication.FAILED;
            }
            parent.context.out().println("Created " + folder + " with engine " + template.className()
                    + ". Next: cd " + folder + " && mvn package && synergos plugins install target/" + id + "-1.0.0.jar");
            return HeadlessApplication.OK;
        }
    }
}
