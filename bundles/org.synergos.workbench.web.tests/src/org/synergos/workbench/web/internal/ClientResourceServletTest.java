package org.synergos.workbench.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

class ClientResourceServletTest {

    @Test
    void plainFilePathsAreServed() {
        assertEquals("app.js", ClientResourceServlet.relativePath("/app.js"));
        assertEquals("fonts/codicon-ABC.ttf", ClientResourceServlet.relativePath("/fonts/codicon-ABC.ttf"));
    }

    @Test
    void traversalDirectoriesAndOddPathsAreRefused() {
        for (String path : new String[] { null, "", "/", "/..", "/../META-INF/MANIFEST.MF", "/a/../../x.js", "/./app.js",
                "/.hidden.js", "//app.js", "/a//b.js", "/a\\b.js", "/fonts/", "/app.js%00", "/a b.js", "app.js",
                "/%2e%2e/x.js" }) {
            assertNull(ClientResourceServlet.relativePath(path), String.valueOf(path));
        }
    }

    @Test
    void onlyKnownTypesAreServed() {
        assertEquals("text/javascript; charset=UTF-8", ClientResourceServlet.contentType("app.js"));
        assertEquals("text/css; charset=UTF-8", ClientResourceServlet.contentType("app.css"));
        assertEquals("text/html; charset=UTF-8", ClientResourceServlet.contentType("index.html"));
        assertEquals("font/ttf", ClientResourceServlet.contentType("codicon-B3TTTKGI.ttf"));
        assertNull(ClientResourceServlet.contentType("MANIFEST.MF"));
        assertNull(ClientResourceServlet.contentType("Servlet.class"));
        assertNull(ClientResourceServlet.contentType("fonts"));
        assertNull(ClientResourceServlet.contentType("app."));
    }

    @Test
    void theBundleCarriesTheBuiltClient() {
        Bundle bundle = FrameworkUtil.getBundle(ClientResourceServlet.class);
        assertNotNull(bundle, "runs in OSGi");
        for (String file : new String[] { "index.html", "app.js", "app.css" }) {
            assertNotNull(bundle.getEntry(ClientResourceServlet.ROOT + file), "web/" + file + " is in the bundle");
        }
    }
}
