package org.synergos.cli.internal;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.synergos.analysis.api.AnalysisExecutor;
import org.synergos.analysis.api.EngineRegistry;
import org.synergos.launcher.api.HeadlessApplication;
import org.synergos.workbench.api.WorkbenchServer;

import picocli.CommandLine;

/**
 * The {@code synergos} command line, run by the launcher inside the OSGi runtime so that engines from
 * installed plugins serve it too.
 */
@Component(service = HeadlessApplication.class)
public final class CommandLineApplication implements HeadlessApplication {

    @Reference
    private EngineRegistry registry;

    @Reference
    private AnalysisExecutor executor;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WorkbenchServer workbench;

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err, BooleanSupplier stopRequested) {
        CommandContext context = new CommandContext(registry, executor, Optional.ofNullable(workbench), out, err,
                stopRequested);
        CommandLine commandLine = Commands.commandLine(context);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(arguments.toArray(String[]::new));
    }
}
