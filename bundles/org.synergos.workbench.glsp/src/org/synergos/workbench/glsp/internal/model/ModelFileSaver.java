package org.synergos.workbench.glsp.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.synergos.diagram.DiagramDescription;
import org.synergos.model.io.ModelStore;
import org.synergos.model.io.SaveConflictException;
import org.synergos.model.io.SynergosResources;
import org.synergos.workbench.glsp.internal.WorkbenchContext;
import org.synergos.workbench.glsp.internal.actions.ErrorAction;
import org.synergos.workbench.glsp.internal.actions.SaveConflictAction;
import org.synergos.workbench.glsp.internal.actions.SavedAction;

import com.google.inject.Inject;

/**
 * Save, overwrite, save as and reload of one diagram's model, each answered with the actions the client needs. A
 * save that finds the file changed on disk since it was loaded (or last saved) writes nothing and answers with
 * {@link SaveConflictAction}; the user's choice comes back as overwrite, save as or reload.
 */
public class ModelFileSaver {

    private static final String EXTENSION = "." + SynergosResources.FILE_EXTENSION;

    @Inject
    private SynergosModelState state;

    @Inject
    private WorkbenchContext workbench;

    @Inject
    private DiagramDescription description;

    @Inject
    private ModelSubmissionHandler submission;

    /** Saves to the model's file; {@code overwrite} replaces it even when it changed on disk. */
    public List<Action> save(boolean overwrite) {
        OpenModels.Shared shared = state.shared();
        if (shared == null) {
            return List.of(new ErrorAction().message("no model is open in this diagram"));
        }
        Path file = shared.file();
        try {
            shared.save(overwrite);
        } catch (SaveConflictException e) {
            return List.of(new SaveConflictAction().path(relative(file))
                    .reason(e.reason().name().toLowerCase(Locale.ROOT)).message(e.getMessage()));
        } catch (IOException e) {
            return List.of(new ErrorAction().message(e.getMessage()));
        }
        return saved(file);
    }

    /**
     * Writes the model to {@code name} (workspace-relative, {@code .synergos}, not an existing file), which
     * becomes the file of the open model; the old file stays as it is on disk.
     */
    public List<Action> saveAs(String name) {
        if (state.shared() == null) {
            return List.of(new ErrorAction().message("no model is open in this diagram"));
        }
        Path target;
        try {
            target = workbench.resolve(name);
        } catch (IllegalArgumentException e) {
            return List.of(new ErrorAction().message("cannot save as: " + e.getMessage()));
        }
        if (!target.getFileName().toString().endsWith(EXTENSION)) {
            return List.of(new ErrorAction().message("cannot save as '" + name + "': a model file name ends in "
                    + EXTENSION));
        }
        if (!Files.isDirectory(target.getParent())) {
            return List.of(new ErrorAction().message("cannot save as '" + name + "': the folder "
                    + relative(target.getParent()) + " does not exist"));
        }
        try {
            workbench.models().saveAs(state.shared(), target);
        } catch (SaveConflictException e) {
            return List.of(new ErrorAction().message("cannot save as '" + name + "': the file exists already; "
                    + "choose another name"));
        } catch (IOException e) {
            return List.of(new ErrorAction().message(e.getMessage()));
        }
        return saved(target);
    }

    /** Discards the unsaved edits of every diagram of the model and shows the file as it is on disk now. */
    public List<Action> reload() {
        OpenModels.Shared shared = state.shared();
        if (shared == null) {
            return List.of(new ErrorAction().message("no model is open in this diagram"));
        }
        Path file = shared.file();
        try {
            shared.reload(ModelStore::loadTracked);
            state.showReloaded(LayoutFile.read(LayoutFile.of(file, description.id())));
        } catch (Exception e) {
            return List.of(new ErrorAction().message("cannot reload " + relative(file) + ": " + e.getMessage()));
        }
        return submission.submitModel();
    }

    private List<Action> saved(Path file) {
        List<Action> actions = new ArrayList<>();
        try {
            LayoutFile.write(LayoutFile.of(file, description.id()), state.positions().sorted());
        } catch (IOException e) {
            actions.add(new ErrorAction().message("the model was saved, but not its diagram layout: " + e.getMessage()));
        }
        state.saveIsDone();
        state.fileNotYetToldToClient();
        // the path first, so the client names the new file when it reports the save
        actions.add(new SavedAction().path(relative(file)));
        actions.add(new SetDirtyStateAction(state.isDirty(), SetDirtyStateAction.Reason.SAVE));
        state.shared().announceSaved();
        return actions;
    }

    /** Workspace-relative, with forward slashes, as the client names files. */
    public String relative(Path file) {
        return workbench.workspace().relativize(file).toString().replace('\\', '/');
    }
}
