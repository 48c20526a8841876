package org.synergos.workbench.api;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** The running workbench HTTP server. */
public interface WorkbenchServer {

    /**
     * The address to open in a browser, including the access token, once the HTTP server listens;
     * empty when it does not within {@code wait}.
     */
    Optional<URI> awaitUrl(Duration wait) throws InterruptedException;
}
