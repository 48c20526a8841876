package org.synergos.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.synergos.analysis.api.EngineInfo;
import org.synergos.analysis.api.ParameterDescriptor;
import org.synergos.analysis.api.UnavailablePlugin;
import org.synergos.launcher.api.HeadlessApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code synergos engines}: the installed analysis engines. */
@Command(name = "engines", mixinStandardHelpOptions = true,
        description = "List the installed analysis engines (id, version, providing bundle), and plugins that cannot run with what they lack.")
final class EnginesCommand implements Callable<Integer> {

    private final CommandContext context;

    @Option(names = { "-v", "--verbose" }, description = "Also show descriptions and parameters with defaults.")
    boolean verbose;

    EnginesCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<EngineInfo> engines = context.registry().engines();
        if (engines.isEmpty()) {
            context.out().println("No analysis engines are installed.");
        } else {
            printEngines(engines);
        }
        List<UnavailablePlugin> unavailable = context.registry().unavailablePlugins();
        if (!unavailable.isEmpty()) {
            context.out().println();
            context.out().println("Plugins that cannot run:");
            for (UnavailablePlugin plugin : unavailable) {
                context.out().println("  " + plugin.symbolicName() + " " + plugin.version() + " (" + plugin.location() + ")");
                plugin.problems().forEach(problem -> context.out().println("    " + problem));
            }
        }
        return HeadlessApplication.OK;
    }

    private void printEngines(List<EngineInfo> engines) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "ID", "NAME", "VERSION", "BUNDLE" });
        for (EngineInfo engine : engines) {
            rows.add(new String[] { engine.id(), engine.descriptor().name(), engine.descriptor().version(),
                    engine.bundleSymbolicName() + " " + engine.bundleVersion() });
        }
        TextColumns.print(context.out(), rows);
        if (verbose) {
            for (EngineInfo engine : engines) {
                context.out().println();
                context.out().println(engine.id() + ": " + engine.descriptor().description());
                for (ParameterDescriptor parameter : engine.descriptor().parameters()) {
                    context.out().println("  --param " + parameter.key() + "=" + parameter.defaultValue() + "  ("
                            + parameter.type().name().toLowerCase(java.util.Locale.ROOT)
                            + (parameter.choices().isEmpty() ? "" : ": " + String.join("|", parameter.choices()))
                            + ") " + parameter.description());
                }
            }
        }
    }
}
