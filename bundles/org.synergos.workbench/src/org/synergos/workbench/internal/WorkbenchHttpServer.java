package org.synergos.workbench.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.synergos.analysis.api.EngineRegistry;
import org.synergos.analysis.plugins.PluginManager;
import org.synergos.workbench.access.AccessRule;
import org.synergos.workbench.api.WorkbenchServer;
import org.synergos.workbench.glsp.DiagramServer;

import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;

/**
 * Registers the workbench's servlets with the HTTP runtime (Jakarta Servlet Whiteboard), all behind the
 * access-token filter. The HTTP runtime itself binds 127.0.0.1 only (see the launcher's settings).
 */
@Component(service = WorkbenchServer.class)
public final class WorkbenchHttpServer implements WorkbenchServer {

    private static final String PATTERN = "osgi.http.whiteboard.servlet.pattern";
    private static final String FILTER_PATTERN = "osgi.http.whiteboard.filter.pattern";

    @Reference
    private EngineRegistry registry;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL)
    private volatile PluginManager plugins;

    // Optional: without the diagram server the workbench still lists files and engines.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL)
    private volatile DiagramServer diagrams;

    private final AccessRule access = AccessRule.withRandomToken();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
        registrations.add(bundleContext.registerService(Filter.class, new TokenFilter(access), properties(
                FILTER_PATTERN, "/*")));
        registrations.add(bundleContext.registerService(Servlet.class, new EnginesServlet(registry), properties(
                PATTERN, "/api/engines")));
        registrations.add(bundleContext.registerService(Servlet.class, new HomeServlet(), properties(
                PATTERN, "/")));
        PluginManager manager = plugins;
        if (manager != null) {
            registrations.add(bundleContext.registerService(Servlet.class, new PluginsServlet(manager), properties(
                    PATTERN, "/api/plugins")));
        }
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        DiagramServer server = diagrams;
        if (server != null) {
            server.stop();
        }
    }

    @Override
    public synchronized Optional<URI> serve(Path workspaceFolder, Duration wait) throws InterruptedException {
        Optional<URI> base = HttpEndpoint.await(context, wait);
        if (base.isEmpty()) {
            return base;
        }
        Workspace workspace = new Workspace(workspaceFolder);
        DiagramServer server = diagrams;
        URI glsp = null;
        List<DiagramServer.DiagramKind> kinds = List.of();
        if (server != null) {
            try {
                URI socket = server.start(workspace.root(), access.forHandshakesFrom(base.get().getPort()));
                // with the token, so the page connects also when opened as localhost (its cookie is per host)
                glsp = URI.create(socket + "?token=" + access.token());
                kinds = server.kinds();
            } catch (IOException | RuntimeException e) {
                System.err.println("synergos workbench: diagrams unavailable: " + e.getMessage());
            }
        }
        String version = context.getBundle().getVersion().toString();
        registrations.add(context.registerService(Servlet.class, new FilesServlet(workspace), properties(
                PATTERN, "/api/files")));
        registrations.add(context.registerService(Servlet.class, new ModelsServlet(workspace), properties(
                PATTERN, "/api/models")));
        registrations.add(context.registerService(Servlet.class, new LavaanServlet(workspace), properties(
                PATTERN, "/api/lavaan")));
        registrations.add(context.registerService(Servlet.class, new DataServlet(workspace), properties(
                PATTERN, "/api/data")));
        registrations.add(context.registerService(Servlet.class, new ConfigServlet(workspace, glsp, kinds, version),
                properties(PATTERN, "/api/workbench")));
        return base.map(b -> b.resolve("/?token=" + access.token()));
    }

    private static Dictionary<String, Object> properties(String key, String value) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(key, value);
        return properties;
    }
}
