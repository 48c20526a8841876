package org.synergos.workbench.glsp.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.websocket.WebsocketModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.synergos.analysis.api.AnalysisExecutor;
import org.synergos.diagram.DiagramDescription;
import org.synergos.diagram.DiagramDescriptions;
import org.synergos.workbench.access.AccessRule;
import org.synergos.workbench.glsp.DiagramServer;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** The GLSP diagram server as an OSGi service; started by the workbench when it serves a workspace. */
@Component(service = DiagramServer.class)
public final class GlspDiagramServer implements DiagramServer {

    @Reference
    private AnalysisExecutor executor;

    private GlspWebSocketServer running;

    @Override
    public synchronized URI start(Path workspace, AccessRule access) throws IOException {
        if (running != null) {
            return running.uri();
        }
        WorkbenchContext context = new WorkbenchContext(workspace.toAbsolutePath().normalize(), executor);
        ServerModule server = new ServerModule();
        for (DiagramDescription description : DiagramDescriptions.builtIns()) {
            server.configureDiagramModule(new SynergosDiagramModule(description, context));
        }
        // Jetty and the WebSocket API find their implementations through the context class loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(GlspDiagramServer.class.getClassLoader());
        try {
            Supplier<Injector> injectors = () -> Guice.createInjector(server, new WebsocketModule());
            running = GlspWebSocketServer.start(injectors, access);
            WarmUp.inBackground(injectors);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return running.uri();
    }

    @Override
    @Deactivate
    public synchronized void stop() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    @Override
    public List<DiagramKind> kinds() {
        return DiagramDescriptions.builtIns().stream().map(d -> new DiagramKind(d.id(), d.label())).toList();
    }
}
