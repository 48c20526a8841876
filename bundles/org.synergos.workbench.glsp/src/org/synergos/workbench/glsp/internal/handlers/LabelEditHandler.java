package org.synergos.workbench.glsp.internal.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;

/** In-place label editing: sets the attribute the label shows (a construct's code, an actor's name...). */
public class LabelEditHandler extends ModelOperationHandler<ApplyLabelEditOperation> {

    @Override
    public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
        return commandOrWarning(state.editor().planEditLabel(LabelIds.owner(operation.getLabelId()), operation.getText()));
    }
}
