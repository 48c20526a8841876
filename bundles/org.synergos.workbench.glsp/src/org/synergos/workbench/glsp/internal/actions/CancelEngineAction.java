package org.synergos.workbench.glsp.internal.actions;

import org.eclipse.glsp.server.actions.Action;

/** GLSP action {@code synergosCancelEngine} (see docs/workbench-protocol.md). */
public class CancelEngineAction extends Action {

    public static final String KIND = "synergosCancelEngine";

    private String requestId;

    public CancelEngineAction() {
        super(KIND);
    }

    public String getRequestId() {
        return requestId;
    }

    public CancelEngineAction requestId(String value) {
        this.requestId = value;
        return this;
    }
}
