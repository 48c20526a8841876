package org.synergos.diagram.edit;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * An undoable EMF command whose effect is written as code against {@link ModelEdits}: execute runs the code
 * and records every change, undo reverts the record, redo replays it. If the code fails half-way, the
 * changes made so far are reverted before the exception propagates, so a failed command leaves the model
 * as it was.
 */
final class ModelChangeCommand extends AbstractCommand {

    private final Consumer<ModelEdits> edit;
    private ModelEdits edits;

    ModelChangeCommand(String label, Consumer<ModelEdits> edit) {
        super(label);
        this.edit = edit;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        ModelEdits recorded = new ModelEdits();
        try {
            edit.accept(recorded);
        } catch (RuntimeException e) {
            recorded.revert();
            throw e;
        }
        edits = recorded;
    }

    @Override
    public void undo() {
        edits.revert();
    }

    @Override
    public void redo() {
        edits.apply();
    }
}
