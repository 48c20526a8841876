package org.synergos.workbench.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.synergos.analysis.study.LavaanStudy;
import org.synergos.model.Framework;
import org.synergos.model.io.ModelStore;
import org.synergos.model.lavaan.LavaanSyntaxException;
import org.synergos.model.lavaan.LavaanWriter;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * lavaan model syntax in and out of the workspace, as {@code synergos import} and {@code export --lavaan}:
 * {@code POST /api/lavaan} {@code {"syntax", "name", "folder", "data"?}} creates {@code folder/model.synergos}
 * (with a workspace CSV file, copied into the folder unless it is inside already, as its data and a cb-sem
 * analysis on it); {@code GET /api/lavaan?model=PATH} answers
 * the model's syntax as a download.
 */
final class LavaanServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Workspace workspace;

    LavaanServlet(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RequestedModel> requested = RequestedModel.load(request, response, workspace);
        if (requested.isEmpty()) {
            return;
        }
        Path file = requested.get().file();
        String syntax = LavaanWriter.write(requested.get().framework());
        String base = file.getFileName().toString().replace(".synergos", "");
        String download = (base.equals("model") && file.getParent() != null && file.getParent().getFileName() != null
                ? file.getParent().getFileName().toString() : base) + ".lav";
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + download.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        response.getOutputStream().write(syntax.getBytes(StandardCharsets.UTF_8));
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
        if (body == null || !body.path("syntax").isTextual()) {
            JsonReplies.error(response, HttpServletResponse.SC_BAD_REQUEST, "send {\"syntax\": ..., \"name\": ..., \"folder\": ...}");
            return;
        }
        String name = body.path("name").asText("model.lav");
        String folderName = body.path("folder").asText("").trim();
        String dataName = body.path("data").asText("").trim();
        Path folder;
        Path data = null;
        try {
            folder = workspace.resolve(folderName.isEmpty() ? baseName(name) : folderName);
            if (!dataName.isEmpty()) {
                data = workspace.resolve(dataName);
            }
        } catch (IllegalArgumentException e) {
            JsonReplies.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        if (data != null && !Files.isRegularFile(data)) {
            JsonReplies.error(response, HttpServletResponse.SC_BAD_REQUEST, dataName + ": no such data file in the workspace");
            return;
        }
        Path model = folder.resolve("model.synergos");
        String modelPath = workspace.root().relativize(model).toString().replace('\\', '/');
        // data paths stay inside the model's folder (DataPaths): a file elsewhere is copied in, as synergos import does
        Path bound = data == null ? null : data.normalize().startsWith(folder.normalize()) ? data : folder.resolve(data.getFileName());
        Framework framework;
        try {
            String dataPath = bound == null ? null : folder.relativize(bound).toString().replace('\\', '/');
            framework = LavaanStudy.read(body.path("syntax").asText(), baseName(name), dataPath, name);
        } catch (LavaanSyntaxException e) {
            JsonReplies.error(response, HttpServletResponse.SC_BAD_REQUEST,
                    name + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
            return;
        }
        synchronized (ModelsServlet.class) {
            if (Files.exists(model)) {
                JsonReplies.error(response, HttpServletResponse.SC_CONFLICT, modelPath + " exists already; choose another folder");
                return;
            }
            Files.createDirectories(folder);
            if (bound != null && !Files.exists(bound)) {
                Files.copy(data, bound);
            }
            ModelStore.save(framework, model);
        }
        JsonReplies.send(response, HttpServletResponse.SC_CREATED, Map.of("path", modelPath));
    }

    private static String baseName(String fileName) {
        String name = Path.of(fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
