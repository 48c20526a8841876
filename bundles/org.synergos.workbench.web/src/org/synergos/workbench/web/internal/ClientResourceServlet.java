package org.synergos.workbench.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the bundled browser client, the entries under {@code web/} of this bundle, at {@code /app/*}.
 * Only plain files with a known type are served: no directory listings, and a path with anything but
 * simple segments of letters, digits, {@code . _ -} (so no {@code ..}, no backslash, no empty segment)
 * is answered 404 before the bundle is asked.
 */
final class ClientResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String ROOT = "web/";

    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=UTF-8"),
            Map.entry("js", "text/javascript; charset=UTF-8"),
            Map.entry("css", "text/css; charset=UTF-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("txt", "text/plain; charset=UTF-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"));

    /**
     * The workbench page's policy: only this origin's scripts, styles and fonts, no inline script or style
     * attribute; WebSocket connections to the loopback GLSP server (its port differs from the page's);
     * {@code blob:}/{@code data:} images for the PNG export (SVG drawn into a canvas).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "font-src 'self'; img-src 'self' blob: data:; connect-src 'self' ws://127.0.0.1:* ws://localhost:*; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final transient Bundle bundle;

    ClientResourceServlet(Bundle bundle) {
        this.bundle = bundle;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        String path = relativePath(request.getPathInfo());
        String type = path == null ? null : contentType(path);
        URL entry = type == null ? null : bundle.getEntry(ROOT + path);
        if (entry == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (type.startsWith("text/html")) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("Referrer-Policy", "no-referrer");
        }
        // hashed asset names (fonts) never change; app.js and app.css change with every build
        response.setHeader("Cache-Control", path.matches(".*-[A-Z0-9]{8}\\.[a-z0-9]+") ? "public, max-age=31536000, immutable" : "no-cache");
        try (InputStream in = entry.openStream()) {
            if (body) {
                OutputStream out = response.getOutputStream();
                in.transferTo(out);
            }
        }
    }

    /** The requested file relative to {@code web/}, or null when the path is not a plain file path. */
    static String relativePath(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2 || pathInfo.charAt(0) != '/') {
            return null;
        }
        String path = pathInfo.substring(1);
        if (!SAFE_PATH.matcher(path).matches()) {
            return null;
        }
        for (String segment : path.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return null;
            }
        }
        return path;
    }

    /** The content type of a servable file, or null for anything else (so unknown files stay private). */
    static String contentType(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash + 1 || dot == path.length() - 1) {
            return null;
        }
        return TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
