package org.synergos.workbench.api;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The running workbench HTTP server. */
public interface WorkbenchServer {

    /**
     * Serves {@code workspace} (its models and data files; nothing outside it) and returns the address to
     * open in a browser, including the access token, once the HTTP server listens; empty when it does not
     * within {@code wait}.
     */
    Optional<URI> serve(Path workspace, Duration wait) throws InterruptedException;
}
