package org.synergos.workbench.glsp.internal.handlers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.synergos.diagram.layout.Box;
import org.synergos.diagram.layout.ElkLayout;
import org.synergos.diagram.layout.PlacedNode;
import org.synergos.workbench.glsp.internal.model.MoveNodesCommand;

/** "Layout": places every node with ELK (layered, the description's direction and spacing), undoably. */
public class AutoLayoutHandler extends ModelOperationHandler<LayoutOperation> {

    @Override
    public Optional<Command> createCommand(LayoutOperation operation) {
        Map<String, Box> placed = new LinkedHashMap<>();
        for (PlacedNode node : ElkLayout.layout(state.editor().graph()).nodes()) {
            placed.put(node.id(), node.bounds());
        }
        return placed.isEmpty() ? Optional.empty() : Optional.of(new MoveNodesCommand("Layout", state.positions(), placed));
    }
}
