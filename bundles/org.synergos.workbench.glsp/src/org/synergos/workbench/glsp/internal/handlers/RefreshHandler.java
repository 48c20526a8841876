package org.synergos.workbench.glsp.internal.handlers;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.synergos.workbench.glsp.internal.actions.RefreshAction;
import org.synergos.workbench.glsp.internal.model.SynergosModelState;

import com.google.inject.Inject;

/** Redraws a diagram after another diagram of the same model edited it (and updates its dirty flag). */
public class RefreshHandler extends AbstractActionHandler<RefreshAction> {

    @Inject
    private SynergosModelState state;

    @Inject
    private ModelSubmissionHandler submission;

    @Override
    protected List<Action> executeAction(RefreshAction action) {
        return state.framework() == null ? List.of() : submission.submitModel();
    }
}
