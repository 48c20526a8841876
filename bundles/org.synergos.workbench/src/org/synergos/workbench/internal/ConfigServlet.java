package org.synergos.workbench.internal;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.workbench.glsp.DiagramServer;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /api/workbench}: where the diagram server listens, the workspace, the diagram kinds. */
final class ConfigServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Workspace workspace;
    private final transient URI glsp;
    private final transient List<DiagramServer.DiagramKind> kinds;
    private final String version;

    ConfigServlet(Workspace workspace, URI glsp, List<DiagramServer.DiagramKind> kinds, String version) {
        this.workspace = workspace;
        this.glsp = glsp;
        this.kinds = kinds;
        this.version = version;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("glspUrl", glsp == null ? null : glsp.toString());
        config.put("workspace", workspace.name());
        config.put("version", version);
        config.put("diagramKinds", kinds);
        JsonReplies.send(response, HttpServletResponse.SC_OK, config);
    }
}
