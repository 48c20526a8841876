package org.synergos.diagram.edit;

import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.synergos.diagram.internal.ElementText;

/**
 * An edit ready to be executed on a command stack, or refused. Editors that own their command stack (the
 * GLSP diagram server executes every operation on its model state's stack) plan edits instead of running them.
 *
 * @param command  the undoable command; {@code null} when refused
 * @param refusal  why the edit cannot be made, in terms a user understands; {@code null} when planned
 * @param resultId after execution: the id of the created, edited or reconnected element or edge
 */
public record PlannedEdit(Command command, String refusal, Supplier<String> resultId) {

    static PlannedEdit of(Prepared prepared) {
        if (prepared.refusal() != null) {
            return refused(prepared.refusal());
        }
        return new PlannedEdit(prepared.command(), null,
                () -> prepared.resultId() != null ? prepared.resultId() : ElementText.id(prepared.subject()));
    }

    static PlannedEdit refused(String why) {
        return new PlannedEdit(null, why, () -> null);
    }

    static PlannedEdit of(Command command) {
        return new PlannedEdit(command, null, () -> null);
    }

    public Optional<Command> asOptional() {
        return Optional.ofNullable(command);
    }
}
