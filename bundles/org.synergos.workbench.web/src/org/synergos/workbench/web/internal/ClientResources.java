package org.synergos.workbench.web.internal;

import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import jakarta.servlet.Servlet;

/**
 * Registers the browser client's files at {@code /app/*} with the HTTP whiteboard (Jakarta Servlet
 * Whiteboard, default context), so the workbench's access-token filter on {@code /*} guards them too.
 * The registration is harmless in commands that start no HTTP runtime.
 */
@Component(immediate = true, service = {})
public final class ClientResources {

    static final String PATTERN = "/app/*";

    private ServiceRegistration<Servlet> registration;

    @Activate
    void activate(BundleContext context) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.servlet.pattern", PATTERN);
        properties.put("osgi.http.whiteboard.servlet.name", "synergos-workbench-client");
        registration = context.registerService(Servlet.class, new ClientResourceServlet(context.getBundle()), properties);
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
}
