package org.synergos.workbench.glsp.internal.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;

/**
 * Accepts the routing points the GLSP client sends with every node move (in a compound operation with the
 * bounds change) and ignores them: the server routes edges itself. Without a handler the operation's kind is
 * unknown and the whole message is refused.
 */
public class RoutingPointsHandler extends ModelOperationHandler<ChangeRoutingPointsOperation> {

    @Override
    public Optional<Command> createCommand(ChangeRoutingPointsOperation operation) {
        return Optional.empty();
    }
}
