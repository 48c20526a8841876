package org.synergos.workbench.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Finds the address the HTTP runtime listens on, from the {@code osgi.http.endpoint} property of its
 * runtime service (Jakarta Servlet Whiteboard), without depending on the HTTP bundle's classes.
 */
final class HttpEndpoint {

    private static final String RUNTIME = "(objectClass=org.osgi.service.servlet.runtime.HttpServiceRuntime)";

    private HttpEndpoint() {
    }

    static Optional<URI> await(BundleContext context, Duration wait) throws InterruptedException {
        ServiceTracker<Object, Object> tracker;
        try {
            tracker = new ServiceTracker<>(context, context.createFilter(RUNTIME), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        tracker.open(true);
        try {
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                ServiceReference<Object> reference = tracker.getServiceReference();
                Optional<URI> endpoint = reference == null ? Optional.empty() : endpoint(reference);
                if (endpoint.isPresent()) {
                    return endpoint;
                }
                Thread.sleep(100);
            }
            return Optional.empty();
        } finally {
            tracker.close();
        }
    }

    private static Optional<URI> endpoint(ServiceReference<Object> reference) {
        Object property = reference.getProperty("osgi.http.endpoint");
        String first = null;
        if (property instanceof String[] values && values.length > 0) {
            first = values[0];
        } else if (property instanceof java.util.Collection<?> values && !values.isEmpty()) {
            first = String.valueOf(values.iterator().next());
        } else if (property instanceof String value) {
            first = value;
        }
        if (first == null || first.isBlank()) {
            return Optional.empty();
        }
        URI uri = URI.create(first);
        // Jetty reports its bind address; users need the loopback name they can open.
        return Optional.of(URI.create("http://127.0.0.1:" + uri.getPort() + "/"));
    }
}
