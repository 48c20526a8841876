package org.synergos.workbench.glsp.internal.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.synergos.diagram.DiagramDescription;
import org.synergos.diagram.Tool;
import org.synergos.diagram.ToolKind;

import com.google.inject.Inject;

/** Palette edge tools: a hypothesised path, a collaboration, a causal link... between two nodes. */
public class CreateEdgeHandler extends ModelOperationHandler<CreateEdgeOperation>
        implements CreateOperationHandler<CreateEdgeOperation> {

    @Inject
    private DiagramDescription description;

    @Override
    public List<String> getHandledElementTypeIds() {
        return description.tools().stream().filter(t -> t.kind() == ToolKind.CREATE_EDGE).map(Tool::id).toList();
    }

    @Override
    public boolean handles(Operation operation) {
        return CreateOperationHandler.super.handles(operation);
    }

    @Override
    public Optional<Command> createCommand(CreateEdgeOperation operation) {
        return commandOrWarning(state.editor().planCreateEdge(operation.getElementTypeId(),
                LabelIds.owner(operation.getSourceElementId()), LabelIds.owner(operation.getTargetElementId())));
    }
}
