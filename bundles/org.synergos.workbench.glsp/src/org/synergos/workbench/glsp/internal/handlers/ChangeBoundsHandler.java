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
            Box box = new Box(bounds.getNewPosition().getX(), bounds.getNewPosition().getY(),
                    bounds.getNewSize().getWidth(), bounds.getNewSize().getHeight());
            // A click is reported as a move to where the node already is: no edit, no undo entry, not dirty.
            if (!same(box, state.positions().get(bounds.getElementId()))) {
                moved.put(bounds.getElementId(), box);
            }
        }
        return moved.isEmpty() ? Optional.empty() : Optional.of(new MoveNodesCommand("Move", state.positions(), moved));
    }

    private static boolean same(Box a, Box b) {
        // a stored size of 0 means "as drawn": only the position counts then
        return b != null && Math.abs(a.x() - b.x()) < 0.5 && Math.abs(a.y() - b.y()) < 0.5
                && (b.width() == 0 || Math.abs(a.width() - b.width()) < 0.5)
                && (b.height() == 0 || Math.abs(a.height() - b.height()) < 0.5);
    }
}
