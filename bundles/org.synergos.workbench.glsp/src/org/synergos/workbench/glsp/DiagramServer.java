package org.synergos.workbench.glsp;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.synergos.workbench.access.AccessRule;

/**
 * The workbench's diagram server: Eclipse GLSP over WebSocket on 127.0.0.1, editing the models of one
 * workspace with the built-in diagram descriptions.
 */
public interface DiagramServer {

    /** A diagram kind clients can open (a diagram description). */
    record DiagramKind(String id, String label) {
    }

    /**
     * Starts serving (once; later calls return the running server's address).
     *
     * @param workspace     the folder whose models may be opened; no path outside it is served
     * @param access    who may open a WebSocket: the workbench page's rule for handshakes
     *                  ({@link AccessRule#forHandshakesFrom(int)}), checked before the upgrade
     * @return the WebSocket URL, e.g. {@code ws://127.0.0.1:41234/glsp}
     */
    URI start(Path workspace, AccessRule access) throws IOException;

    void stop();

    List<DiagramKind> kinds();
}
