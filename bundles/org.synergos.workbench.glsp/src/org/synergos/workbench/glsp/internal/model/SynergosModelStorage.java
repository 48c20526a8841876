package org.synergos.workbench.glsp.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.synergos.workbench.glsp.internal.actions.RefreshAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.synergos.diagram.DiagramDescription;
import org.synergos.model.io.ModelStore;
import org.synergos.workbench.glsp.internal.WorkbenchContext;

import com.google.inject.Inject;

/**
 * Opens a workspace model for a diagram and saves it back: the model through {@link ModelStore} (atomic, with
 * a backup, refused when the file changed on disk since it was loaded), the node positions through
 * {@link LayoutFile} (atomic).
 */
public class SynergosModelStorage implements SourceModelStorage {

    public static final String SOURCE_URI = "sourceUri";

    @Inject
    private SynergosModelState state;

    @Inject
    private WorkbenchContext workbench;

    @Inject
    private DiagramDescription description;

    @Inject
    private ActionDispatcher dispatcher;

    @Inject
    private ClientSessionManager sessions;

    @Inject
    @ClientId
    private String clientId;

    @Override
    public void loadSourceModel(RequestModelAction action) {
        String uri = action.getOptions().get(SOURCE_URI);
        Path file;
        try {
            file = workbench.resolve(uri);
        } catch (IllegalArgumentException e) {
            throw new GLSPServerException(e.getMessage());
        }
        if (!Files.isRegularFile(file)) {
            throw new GLSPServerException(uri + ": no such model file in the workspace");
        }
        try {
            OpenModels.Shared model = workbench.models().acquire(file, ModelStore::loadTracked);
            state.onRelease(workbench.models()::release);
            state.open(model, description, LayoutFile.read(LayoutFile.of(file, description.id())),
                    () -> dispatcher.dispatch(new RefreshAction()));
        } catch (Exception e) {
            throw new GLSPServerException(e.getMessage(), e);
        }
        sessions.addListener(new ClientSessionListener() {
            @Override
            public void sessionDisposed(ClientSession session) {
                state.close();
            }
        }, clientId);
    }

    /**
     * Not reached through GLSP's own save handler, which {@link org.synergos.workbench.glsp.internal.handlers.SaveHandler}
     * replaces (it must answer a conflict with an action, not mark the diagram saved); a conflict here fails.
     */
    @Override
    public void saveSourceModel(SaveModelAction action) {
        Path file = state.modelFile();
        try {
            state.shared().save(false);
            LayoutFile.write(LayoutFile.of(file, description.id()), state.positions().sorted());
        } catch (IOException e) {
            throw new GLSPServerException("could not save " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
