package org.synergos.workbench.glsp.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.synergos.workbench.glsp.internal.actions.RefreshAction;
import org.synergos.workbench.glsp.internal.actions.SavedAction;
import org.synergos.workbench.glsp.internal.model.ModelFileSaver;
import org.synergos.workbench.glsp.internal.model.SynergosModelState;

import com.google.inject.Inject;

/**
 * Redraws a diagram after another diagram of the same model edited it (and updates its dirty flag), or reloaded
 * it from disk (then this diagram shows the new copy), or saved it (under a new name: the client is told).
 */
public class RefreshHandler extends AbstractActionHandler<RefreshAction> {

    @Inject
    private SynergosModelState state;

    @Inject
    private ModelSubmissionHandler submission;

    @Inject
    private ModelFileSaver saver;

    @Override
    protected List<Action> executeAction(RefreshAction action) {
        if (state.framework() == null) {
            return List.of();
        }
        state.showReloaded(null);
        List<Action> actions = new ArrayList<>();
        state.fileNotYetToldToClient().ifPresent(file -> actions.add(new SavedAction().path(saver.relative(file))));
        actions.addAll(submission.submitModel());
        return actions;
    }
}
