package org.synergos.workbench.glsp.internal.actions;

import org.eclipse.glsp.server.actions.Action;

/** GLSP action {@code synergosError} (see docs/workbench-protocol.md). */
public class ErrorAction extends Action {

    public static final String KIND = "synergosError";

    private String message;

    public ErrorAction() {
        super(KIND);
    }

    public String getMessage() {
        return message;
    }

    public ErrorAction message(String value) {
        this.message = value;
        return this;
    }
}
