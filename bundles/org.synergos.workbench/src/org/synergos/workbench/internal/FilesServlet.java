package org.synergos.workbench.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /api/files}: the workspace explorer's content (models, data files, others). */
final class FilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Workspace workspace;

    FilesServlet(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonReplies.send(response, HttpServletResponse.SC_OK, Map.of("files", workspace.files()));
    }
}
