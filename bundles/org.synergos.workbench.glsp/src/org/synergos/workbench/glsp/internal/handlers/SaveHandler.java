package org.synergos.workbench.glsp.internal.handlers;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.synergos.workbench.glsp.internal.model.ModelFileSaver;

import com.google.inject.Inject;

/**
 * Replaces GLSP's save handler, which marks the diagram saved whatever happened: a save that would overwrite a
 * change made on disk is answered with {@code synergosSaveConflict} and the diagram stays dirty.
 */
public class SaveHandler extends AbstractActionHandler<SaveModelAction> {

    @Inject
    private ModelFileSaver saver;

    @Override
    protected List<Action> executeAction(SaveModelAction action) {
        return saver.save(false);
    }

    /** The user's answer to a conflict: overwrite the file, or save to another one. */
    public static class ChoiceHandler extends AbstractActionHandler<org.synergos.workbench.glsp.internal.actions.SaveAction> {

        @Inject
        private ModelFileSaver saver;

        @Override
        protected List<Action> executeAction(org.synergos.workbench.glsp.internal.actions.SaveAction action) {
            if (action.getSaveAs() != null) {
                return saver.saveAs(action.getSaveAs());
            }
            return saver.save(action.isOverwrite());
        }
    }

    /** The third answer: discard the edits and show the file as it is on disk. */
    public static class ReloadHandler extends AbstractActionHandler<org.synergos.workbench.glsp.internal.actions.ReloadAction> {

        @Inject
        private ModelFileSaver saver;

        @Override
        protected List<Action> executeAction(org.synergos.workbench.glsp.internal.actions.ReloadAction action) {
            return saver.reload();
        }
    }
}
