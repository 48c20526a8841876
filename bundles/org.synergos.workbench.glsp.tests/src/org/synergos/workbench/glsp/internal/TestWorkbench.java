package org.synergos.workbench.glsp.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;
import org.synergos.diagram.DiagramDescriptions;
import org.synergos.testing.TestResources;
import org.synergos.workbench.glsp.internal.actions.ErrorAction;
import org.synergos.workbench.glsp.internal.actions.SaveConflictAction;
import org.synergos.workbench.glsp.internal.actions.SavedAction;

import com.google.inject.Guice;

/**
 * One workbench's diagram server on a workspace, in process, with a recording client: as many diagram sessions
 * as a test opens. Two instances on one workspace stand for two workbenches (their own open models each).
 */
final class TestWorkbench implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    final RecordingClient client = new RecordingClient();
    private final GLSPServer server;

    TestWorkbench(Path workspace) throws Exception {
        WorkbenchContext context = new WorkbenchContext(workspace, new GlspSessionTest.FakeExecutor());
        ServerModule module = new ServerModule();
        DiagramDescriptions.builtIns().forEach(d -> module.configureDiagramModule(new SynergosDiagramModule(d, context)));
        server = Guice.createInjector(module).getInstance(GLSPServer.class);
        server.connect(client);
        InitializeParameters init = new InitializeParameters();
        init.setApplicationId("test");
        init.setProtocolVersion("1.0.0");
        server.initialize(init).get(20, TimeUnit.SECONDS);
    }

    /** Opens {@code model} as a sem-path diagram in a new session and waits until it is shown. */
    GModelRoot open(String clientId, String model) throws Exception {
        server.initializeClientSession(new InitializeClientSessionParameters(clientId, "sem-path", List.of(
                SetModelAction.KIND, UpdateModelAction.KIND, SetDirtyStateAction.KIND, SetMarkersAction.KIND,
                ErrorAction.KIND, SaveConflictAction.KIND, SavedAction.KIND, "message", "status")))
                .get(20, TimeUnit.SECONDS);
        client.only(clientId);
        send(clientId, new RequestModelAction(Map.of("sourceUri", model, "diagramType", "sem-path")));
        GModelRoot root = client.await(SetModelAction.class, WAIT).getNewRoot();
        client.await(SetMarkersAction.class, WAIT);
        client.only(null);
        return root;
    }

    /** Sends an action from {@code clientId}; from then on records only what that session receives. */
    void send(String clientId, Action action) {
        client.only(clientId);
        server.process(new ActionMessage(clientId, action));
    }

    /** Sends an action from {@code clientId} and records what every session receives from then on. */
    void sendRecordingAll(String clientId, Action action) {
        client.only(null);
        server.process(new ActionMessage(clientId, action));
    }

    @Override
    public void close() {
        server.shutdown();
    }

    static void copyExample(Path workspace, String name) throws IOException {
        Path from = TestResources.path("../../examples/" + name);
        Path to = workspace.resolve(name);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
