package org.synergos.workbench.glsp.internal.handlers;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.synergos.diagram.DiagramDescription;
import org.synergos.diagram.Tool;
import org.synergos.diagram.ToolKind;
import org.synergos.diagram.edit.PlannedEdit;
import org.synergos.diagram.layout.Box;
import org.synergos.workbench.glsp.internal.model.MoveNodesCommand;
import org.synergos.workbench.glsp.internal.model.SynergosModelState;

import com.google.inject.Inject;

/** Palette node tools: creates the element and puts its node where the user clicked. */
public class CreateNodeHandler extends ModelOperationHandler<CreateNodeOperation>
        implements CreateOperationHandler<CreateNodeOperation> {

    @Inject
    private DiagramDescription description;

    @Override
    public List<String> getHandledElementTypeIds() {
        return description.tools().stream().filter(t -> t.kind() == ToolKind.CREATE_NODE).map(Tool::id).toList();
    }

    @Override
    public boolean handles(org.eclipse.glsp.server.operations.Operation operation) {
        return CreateOperationHandler.super.handles(operation);
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        // Dropped onto a node's label (its text covers the middle of the node) means onto the node.
        String target = operation.getContainerId() == null ? null : LabelIds.owner(operation.getContainerId());
        String container = SynergosModelState.ROOT_ID.equals(target) ? null : target;
        PlannedEdit edit = state.editor().planCreateNode(operation.getElementTypeId(), container, null);
        Optional<Command> create = commandOrWarning(edit);
        if (create.isEmpty()) {
            return create;
        }
        boolean contained = container != null && description.tool(operation.getElementTypeId())
                .map(Tool::containerMapping).filter(m -> m != null && !m.isBlank()).isPresent();
        if (!contained && operation.getLocation().isEmpty()) {
            return create;
        }
        GPoint at = contained ? besideContainer(state, container) : operation.getLocation().get();
        CompoundCommand both = new CompoundCommand("Create " + operation.getElementTypeId()) {
            @Override
            public void execute() {
                super.execute();
                placeCreated(state, this, edit.resultId().get(), at);
            }
        };
        both.append(create.get());
        return Optional.of(both);
    }

    /**
     * A contained element (an indicator of a construct) goes right of its container, below the ones already
     * there, rather than on top of the container where the user dropped it.
     */
    static GPoint besideContainer(SynergosModelState state, String containerId) {
        Box container = state.positions().get(containerId);
        if (container == null) {
            return org.eclipse.glsp.graph.util.GraphUtil.point(0, 0);
        }
        // Stored boxes of nodes placed at a click carry no size: the drawn size is the label-fitted one.
        double width = Math.max(container.width(),
                state.editor().graph().node(containerId).map(n -> n.size().width()).orElse(0.0));
        double x = container.x() + width + 60;
        double y = container.y();
        for (Box other : state.positions().asMap().values()) {
            if (Math.abs(other.x() - x) < 1 && other.y() + other.height() + 8 > y) {
                y = Math.max(y, other.y() + other.height() + 8);
            }
        }
        return org.eclipse.glsp.graph.util.GraphUtil.point(x, y);
    }

    /** The new element's id is known only once created: place its node then, as part of the same command. */
    static void placeCreated(SynergosModelState state, CompoundCommand command, String id, GPoint at) {
        if (id == null) {
            return;
        }
        // The drawn (label-fitted) size, so that a later click reporting the node's bounds is not taken for a move.
        Box box = state.editor().graph().node(id)
                .map(n -> new Box(at.getX(), at.getY(), n.size().width(), n.size().height()))
                .orElseGet(() -> new Box(at.getX(), at.getY(), 0, 0));
        MoveNodesCommand place = new MoveNodesCommand("Place", state.positions(), Map.of(id, box));
        command.appendAndExecute(place);
    }
}
