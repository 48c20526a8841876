package org.synergos.workbench.glsp.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.synergos.diagram.edit.PlannedEdit;
import org.synergos.workbench.glsp.internal.actions.ErrorAction;
import org.synergos.workbench.glsp.internal.actions.RequestPropertiesAction;
import org.synergos.workbench.glsp.internal.actions.SetPropertiesAction;
import org.synergos.workbench.glsp.internal.model.PropertySheet;
import org.synergos.workbench.glsp.internal.model.SynergosModelState;

import com.google.inject.Inject;

/** The property sheet: what the selected element's properties are. */
public class PropertiesHandler extends AbstractActionHandler<RequestPropertiesAction> {

    @Inject
    private SynergosModelState state;

    @Override
    protected List<Action> executeAction(RequestPropertiesAction action) {
        return List.of(sheet(state, action.getElementId()));
    }

    static Action sheet(SynergosModelState state, String requestedId) {
        String id = requestedId == null ? SynergosModelState.ROOT_ID : LabelIds.owner(requestedId);
        EObject element = state.element(id).orElse(null);
        if (element == null) {
            return new ErrorAction().message("no element with id " + id + " in " + state.modelFile().getFileName());
        }
        return new SetPropertiesAction().elementId(id).eClass(element.eClass().getName())
                .properties(PropertySheet.of(element));
    }

    /** Changes one property as one undoable command, then redraws, revalidates and refreshes the sheet. */
    public static class SetPropertyHandler
            extends AbstractActionHandler<org.synergos.workbench.glsp.internal.actions.SetPropertyAction> {

        @Inject
        private SynergosModelState state;

        @Inject
        private ModelSubmissionHandler submission;

        @Override
        protected List<Action> executeAction(org.synergos.workbench.glsp.internal.actions.SetPropertyAction action) {
            String id = action.getElementId() == null ? SynergosModelState.ROOT_ID : LabelIds.owner(action.getElementId());
            EObject element = state.element(id).orElse(null);
            if (element == null) {
                return List.of(new ErrorAction().message("no element with id " + id));
            }
            PlannedEdit edit = PropertySheet.set(element, action.getName(), action.getValue());
            if (edit.command() == null) {
                return List.of(new ErrorAction().message(edit.refusal()), sheet(state, id));
            }
            state.execute(edit.command());
            List<Action> actions = new ArrayList<>(submission.submitModel(
                    org.eclipse.glsp.server.actions.SetDirtyStateAction.Reason.OPERATION));
            actions.add(sheet(state, id));
            return actions;
        }
    }
}
