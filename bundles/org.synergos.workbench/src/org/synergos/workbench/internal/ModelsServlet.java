package org.synergos.workbench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.synergos.model.Framework;
import org.synergos.model.SynergosFactory;
import org.synergos.model.io.ModelStore;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code POST /api/models}: a new, empty model in the workspace (written atomically, never over a file). */
final class ModelsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Workspace workspace;

    ModelsServlet(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonNode body;
        try {
            body = JsonReplies.JSON.readTree(request.getInputStream());
        } catch (IOException e) {
            JsonReplies.error(response, HttpServletResponse.SC_BAD_REQUEST, "the request body is not JSON: " + e.getMessage());
            return;
        }
        String relative = body == null ? "" : body.path("path").asText("");
        if (!relative.endsWith(".synergos")) {
            JsonReplies.error(response, HttpServletResponse.SC_BAD_REQUEST,
                    "a model file name ends in .synergos: '" + relative + "'");
            return;
        }
        Path file;
        try {
            file = workspace.resolve(relative);
        } catch (IllegalArgumentException e) {
            JsonReplies.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        synchronized (ModelsServlet.class) {
            if (Files.exists(file)) {
                JsonReplies.error(response, HttpServletResponse.SC_CONFLICT, relative + " exists already");
                return;
            }
            Framework model = SynergosFactory.eINSTANCE.createFramework();
            String name = body.path("name").asText("").trim();
            model.setName(name.isEmpty() ? file.getFileName().toString().replace(".synergos", "") : name);
            Files.createDirectories(file.getParent());
            ModelStore.save(model, file);
        }
        JsonReplies.send(response, HttpServletResponse.SC_CREATED, Map.of("path", relative));
    }
}
