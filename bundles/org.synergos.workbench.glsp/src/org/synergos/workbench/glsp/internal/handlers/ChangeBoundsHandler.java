package org.synergos.workbench.glsp.internal.handlers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.synergos.diagram.layout.Box;
import org.synergos.workbench.glsp.internal.model.MoveNodesCommand;

/** Moves and resizes nodes (undoable; saved beside the model). */
public class ChangeBoundsHandler extends ModelOperationHandler<ChangeBoundsOperation> {

    @Override
    public Optional<Command> createCommand(ChangeBoundsOperation operation) {
        Map<String, Box> moved = new LinkedHashMap<>();
        for (ElementAndBounds bounds : operation.getNewBounds()) {
            if (bounds.getNewPosition() == null || bounds.getNewSize() == null) {
                continue;
            }
            moved.put(bounds.getElementId(), new Box(bounds.getNewPosition().getX(), bounds.getNewPosition().getY(),
                    bounds.getNewSize().getWidth(), bounds.getNewSize().getHeight()));
        }
        return moved.isEmpty() ? Optional.empty() : Optional.of(new MoveNodesCommand("Move", state.positions(), moved));
    }
}
