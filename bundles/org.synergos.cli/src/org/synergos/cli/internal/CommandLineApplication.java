package org.synergos.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.synergos.analysis.api.AnalysisExecutor;
import org.synergos.analysis.api.EngineRegistry;
import org.synergos.analysis.plugins.PluginManager;
import org.synergos.analysis.reproduce.RReproduction;
import org.synergos.launcher.api.HeadlessApplication;
import org.synergos.launcher.api.Invocation;
import org.synergos.workbench.api.WorkbenchServer;

import picocli.CommandLine;

/**
 * The {@code synergos} command line, run by the launcher inside the OSGi runtime so that engines from
 * installed plugins serve it too. Stateless: a resident runtime runs several commands at once.
 */
@Component(service = HeadlessApplication.class)
public final class CommandLineApplication implements HeadlessApplication {

    @Reference
    private EngineRegistry registry;

    @Reference
    private AnalysisExecutor executor;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WorkbenchServer workbench;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PluginManager plugins;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<RReproduction> reproductions;

    @Override
    public int run(Invocation invocation) {
        CommandContext context = new CommandContext(registry, executor, Optional.ofNullable(workbench),
                Optional.ofNullable(plugins), List.copyOf(reproductions), invocation);
        CommandLine commandLine = Commands.commandLine(context);
        commandLine.setOut(new PrintWriter(invocation.out(), true));
        commandLine.setErr(new PrintWriter(invocation.err(), true));
        return commandLine.execute(invocation.arguments().toArray(String[]::new));
    }
}
