package org.synergos.workbench.glsp.internal;

import java.io.IOException;
import java.net.URI;
import java.util.function.Supplier;

import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.synergos.workbench.access.AccessRule;

import com.google.inject.Injector;

import jakarta.websocket.server.ServerEndpointConfig;

/**
 * Jetty 12 serving GLSP's WebSocket endpoint on 127.0.0.1 (any free port), each connection with a fresh
 * injector as GLSP expects, every handshake checked by {@link HandshakeGuard}.
 */
final class GlspWebSocketServer {

    static final String PATH = "/glsp";

    private final Server server;

    private GlspWebSocketServer(Server server) {
        this.server = server;
    }

    static GlspWebSocketServer start(Supplier<Injector> injectors, AccessRule access)
            throws IOException {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
            // a diagram left open without edits must stay connected (Jetty closes idle sessions after 30 s)
            container.setDefaultMaxSessionIdleTimeout(0);
            container.addEndpoint(ServerEndpointConfig.Builder.create(GLSPServerEndpoint.class, PATH)
                    .configurator(new GLSPConfigurator(injectors)).build());
        });
        server.setHandler(new HandshakeGuard(access, context));
        try {
            server.start();
        } catch (Exception e) {
            throw new IOException("the diagram server could not start on 127.0.0.1: " + e.getMessage(), e);
        }
        return new GlspWebSocketServer(server);
    }

    URI uri() {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return URI.create("ws://127.0.0.1:" + port + PATH);
    }

    void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping a server that failed half-way: nothing left to release.
        }
    }
}
