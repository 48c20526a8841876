package org.synergos.workbench.glsp.internal.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.synergos.diagram.DiagramEdge;
import org.synergos.diagram.edit.EdgeEnd;

/** Moves one or both ends of an edge to other nodes. */
public class ReconnectHandler extends ModelOperationHandler<ReconnectEdgeOperation> {

    @Override
    public Optional<Command> createCommand(ReconnectEdgeOperation operation) {
        DiagramEdge edge = state.editor().graph().edge(operation.getEdgeElementId()).orElse(null);
        if (edge == null) {
            return Optional.empty();
        }
        operation.setSourceElementId(LabelIds.owner(operation.getSourceElementId()));
        operation.setTargetElementId(LabelIds.owner(operation.getTargetElementId()));
        boolean source = !edge.sourceId().equals(operation.getSourceElementId());
        boolean target = !edge.targetId().equals(operation.getTargetElementId());
        if (source && !target) {
            return commandOrWarning(state.editor().planReconnect(edge.id(), EdgeEnd.SOURCE, operation.getSourceElementId()));
        }
        if (target && !source) {
            return commandOrWarning(state.editor().planReconnect(edge.id(), EdgeEnd.TARGET, operation.getTargetElementId()));
        }
        if (!source) {
            return Optional.empty();
        }
        // Both ends: the first reconnect may give a relation edge a new id, so plan the second after it ran.
        return Optional.of(new CompoundCommand("Reconnect") {
            @Override
            protected boolean prepare() {
                return true;
            }

            @Override
            public void execute() {
                var first = state.editor().planReconnect(edge.id(), EdgeEnd.SOURCE, operation.getSourceElementId());
                if (first.command() == null) {
                    commandOrWarning(first);
                    return;
                }
                appendAndExecute(first.command());
                var second = state.editor().planReconnect(first.resultId().get(), EdgeEnd.TARGET,
                        operation.getTargetElementId());
                if (second.command() != null) {
                    appendAndExecute(second.command());
                } else {
                    commandOrWarning(second);
                }
            }
        });
    }
}
