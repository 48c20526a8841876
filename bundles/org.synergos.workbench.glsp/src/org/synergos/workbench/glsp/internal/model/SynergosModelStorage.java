package org.synergos.workbench.glsp.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.synergos.diagram.DiagramDescription;
import org.synergos.model.io.ModelLoadException;
import org.synergos.model.io.ModelStore;
import org.synergos.workbench.glsp.internal.WorkbenchContext;

import com.google.inject.Inject;

/**
 * Opens a workspace model for a diagram and saves it back: the model through {@link ModelStore} (atomic, with
 * a backup), the node positions through {@link LayoutFile} (atomic).
 */
public class SynergosModelStorage implements SourceModelStorage {

    public static final String SOURCE_URI = "sourceUri";

    @Inject
    private SynergosModelState state;

    @Inject
    private WorkbenchContext workbench;

    @Inject
    private DiagramDescription description;

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
            state.open(file, ModelStore.load(file), description, LayoutFile.read(LayoutFile.of(file, description.id())));
        } catch (ModelLoadException | IOException e) {
            throw new GLSPServerException(e.getMessage(), e);
        }
    }

    @Override
    public void saveSourceModel(SaveModelAction action) {
        Path file = state.modelFile();
        try {
            ModelStore.save(state.framework(), file);
            LayoutFile.write(LayoutFile.of(file, description.id()), state.positions().sorted());
        } catch (IOException e) {
            throw new GLSPServerException("could not save " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
