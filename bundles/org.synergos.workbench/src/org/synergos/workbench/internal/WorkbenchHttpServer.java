package org.synergos.workbench.internal;

import java.net.URI;
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
import org.synergos.analysis.api.EngineRegistry;
import org.synergos.workbench.api.WorkbenchServer;

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

    private final AccessToken token = AccessToken.random();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
        registrations.add(bundleContext.registerService(Filter.class, new TokenFilter(token), properties(
                FILTER_PATTERN, "/*")));
        registrations.add(bundleContext.registerService(Servlet.class, new EnginesServlet(registry), properties(
                PATTERN, "/api/engines")));
        registrations.add(bundleContext.registerService(Servlet.class, new HomeServlet(registry), properties(
                PATTERN, "/")));
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }

    @Override
    public Optional<URI> awaitUrl(Duration wait) throws InterruptedException {
        return HttpEndpoint.await(context, wait).map(base -> base.resolve("/?token=" + token.value()));
    }

    private static Dictionary<String, Object> properties(String key, String value) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(key, value);
        return properties;
    }
}
