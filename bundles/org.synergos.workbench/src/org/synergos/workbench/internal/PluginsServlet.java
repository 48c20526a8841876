package org.synergos.workbench.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.plugins.InstalledPlugin;
import org.synergos.analysis.plugins.PluginException;
import org.synergos.analysis.plugins.PluginManager;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/plugins}: the plugin bundles; {@code POST /api/plugins} with
 * {@code {"install": {"fileName", "content" (base64)}}} installs an uploaded JAR (resolved first, refused
 * naming what it lacks), with {@code {"remove": "engine or bundle"}} removes one.
 */
final class PluginsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** An engine bundle is kilobytes to a few megabytes; base64 adds a third. */
    private static final int LARGEST_BODY = 64 << 20;

    private final transient PluginManager plugins;

    PluginsServlet(PluginManager plugins) {
        this.plugins = plugins;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonReplies.send(response, HttpServletResponse.SC_OK, Map.of("folder", plugins.folder().toString(),
                "plugins", plugins.list().stream().map(PluginsServlet::json).toList()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getContentLengthLong() > LARGEST_BODY) {
            JsonReplies.error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "a plugin upload is at most 48 MB");
            return;
        }
        JsonNode body;
        try (InputStream in = request.getInputStream()) {
            body = JsonReplies.JSON.readTree(in.readNBytes(LARGEST_BODY));
        } catch (IOException e) {
            JsonReplies.error(response, HttpServletResponse.SC_BAD_REQUEST, "the request body is not JSON: " + e.getMessage());
            return;
        }
        try {
            if (body != null && body.hasNonNull("remove")) {
                InstalledPlugin removed = plugins.remove(body.get("remove").asText());
                JsonReplies.send(response, HttpServletResponse.SC_OK, Map.of("removed", json(removed)));
            } else if (body != null && body.hasNonNull("install")) {
                JsonReplies.send(response, HttpServletResponse.SC_CREATED, Map.of("installed", install(body.get("install"))));
            } else {
                JsonReplies.error(response, HttpServletResponse.SC_BAD_REQUEST, "expected {\"install\": …} or {\"remove\": …}");
            }
        } catch (PluginException e) {
            JsonReplies.error(response, HttpServletResponse.SC_CONFLICT, e.getMessage());
        } catch (IllegalArgumentException e) {
            JsonReplies.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    private List<Map<String, Object>> install(JsonNode upload) throws IOException, PluginException {
        String name = Path.of(upload.path("fileName").asText("plugin.jar")).getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".jar")) {
            throw new IllegalArgumentException("a plugin is a .jar file, not '" + name + "'");
        }
        byte[] jar = Base64.getDecoder().decode(upload.path("content").asText(""));
        Path folder = Files.createTempDirectory("synergos-upload-");
        Path file = folder.resolve(name);
        try {
            Files.write(file, jar);
            return plugins.install(file).stream().map(PluginsServlet::json).toList();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    private static Map<String, Object> json(InstalledPlugin plugin) {
        return Map.of("symbolicName", plugin.symbolicName(), "version", plugin.version(), "file",
                plugin.file().getFileName().toString(), "state", plugin.state(), "engines", plugin.engines(),
                "problems", plugin.problems());
    }
}
