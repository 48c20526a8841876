package org.synergos.workbench.glsp.internal.handlers;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.synergos.diagram.edit.PlannedEdit;

/**
 * Deletes the selected elements (labels stand for their owners) with the edges that would dangle, as one
 * undoable step. Each element is planned when its turn comes, so deleting a node and its edge together works.
 */
public class DeleteHandler extends ModelOperationHandler<DeleteOperation> {

    @Override
    public Optional<Command> createCommand(DeleteOperation operation) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : operation.getElementIds()) {
            ids.add(LabelIds.owner(id));
        }
        ids.remove(org.synergos.workbench.glsp.internal.model.SynergosModelState.ROOT_ID);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        CompoundCommand delete = new CompoundCommand("Delete") {
            @Override
            protected boolean prepare() {
                return true;
            }

            @Override
            public void execute() {
                for (String id : ids) {
                    if (state.editor().graph().node(id).isEmpty() && state.editor().graph().edge(id).isEmpty()) {
                        continue; // already gone with an element deleted before it
                    }
                    PlannedEdit edit = state.editor().planDelete(id);
                    if (edit.command() != null) {
                        appendAndExecute(edit.command());
                    } else {
                        commandOrWarning(edit);
                    }
                }
            }
        };
        return Optional.of(delete);
    }
}
