package org.synergos.workbench.glsp.internal.model;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
import org.synergos.diagram.layout.Box;

/** Moves or resizes nodes; undoable like every model edit, and makes the diagram dirty. */
public final class MoveNodesCommand extends AbstractCommand {

    private final NodePositions positions;
    private final Map<String, Box> after;
    private final Map<String, Box> before = new HashMap<>();

    public MoveNodesCommand(String label, NodePositions positions, Map<String, Box> after) {
        super(label);
        this.positions = positions;
        this.after = Map.copyOf(after);
    }

    @Override
    protected boolean prepare() {
        return !after.isEmpty();
    }

    @Override
    public void execute() {
        after.keySet().forEach(id -> before.put(id, positions.get(id)));
        redo();
    }

    @Override
    public void undo() {
        before.forEach(positions::put);
    }

    @Override
    public void redo() {
        after.forEach(positions::put);
    }
}
