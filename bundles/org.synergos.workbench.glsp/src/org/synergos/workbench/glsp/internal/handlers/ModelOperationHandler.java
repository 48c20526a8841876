package org.synergos.workbench.glsp.internal.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.synergos.diagram.edit.PlannedEdit;
import org.synergos.workbench.glsp.internal.model.SynergosModelState;

import com.google.inject.Inject;

/** Base of the operation handlers: each turns a GLSP operation into one planned, undoable model edit. */
abstract class ModelOperationHandler<O extends Operation> extends BasicOperationHandler<O> {

    @Inject
    protected SynergosModelState state;

    @Inject
    protected ActionDispatcher dispatcher;

    /** The edit's command, or nothing with the refusal shown to the user. */
    protected Optional<Command> commandOrWarning(PlannedEdit edit) {
        if (edit.refusal() != null) {
            dispatcher.dispatch(MessageActionUtil.warn(edit.refusal()));
        }
        return edit.asOptional();
    }
}
