package org.synergos.cli.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.synergos.launcher.api.HeadlessApplication;
import org.synergos.workbench.api.WorkbenchServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code synergos workbench}: keeps the runtime up with its HTTP server on 127.0.0.1 (the launcher
 * enables HTTP for this command only) and prints the URL with its access token, until Ctrl-C.
 */
@Command(name = "workbench", mixinStandardHelpOptions = true,
        description = "Serve the browser workbench on 127.0.0.1 until interrupted (Ctrl-C).")
final class WorkbenchCommand implements Callable<Integer> {

    private final CommandContext context;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7311",
            description = "HTTP port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--workspace", paramLabel = "DIR", defaultValue = ".",
            description = "Folder whose models and data files the workbench shows and edits; no file outside it is "
                    + "served (default: the current directory).")
    Path workspace;

    WorkbenchCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        WorkbenchServer server = context.workbench().orElse(null);
        if (server == null) {
            context.err().println("synergos workbench: the workbench bundle is not installed");
            return HeadlessApplication.FAILED;
        }
        if (!Files.isDirectory(workspace)) {
            context.err().println("synergos workbench: --workspace " + workspace + " is not a folder");
            return HeadlessApplication.USAGE;
        }
        Optional<URI> url = server.serve(workspace, Duration.ofSeconds(20));
        if (url.isEmpty()) {
            context.err().println("synergos workbench: the HTTP server did not start on 127.0.0.1:" + port
                    + " (is the port in use? try --port)");
            return HeadlessApplication.FAILED;
        }
        context.out().println("Synergos workbench: " + url.get());
        context.out().println("Press Ctrl-C to stop.");
        context.out().flush();
        while (!context.stopRequested().getAsBoolean()) {
            Thread.sleep(200);
        }
        return HeadlessApplication.OK;
    }
}
