package org.synergos.workbench.glsp.internal.actions;

import org.eclipse.glsp.server.actions.Action;

/** GLSP action {@code synergosRunEngine} (see docs/workbench-protocol.md). */
public class RunEngineAction extends Action {

    public static final String KIND = "synergosRunEngine";

    private String requestId;
    private String engineId;
    private java.util.Map<String, Object> options;

    public RunEngineAction() {
        super(KIND);
    }

    public String getRequestId() {
        return requestId;
    }

    public RunEngineAction requestId(String value) {
        this.requestId = value;
        return this;
    }

    public String getEngineId() {
        return engineId;
    }

    public RunEngineAction engineId(String value) {
        this.engineId = value;
        return this;
    }

    public java.util.Map<String, Object> getOptions() {
        return options;
    }

    public RunEngineAction options(java.util.Map<String, Object> value) {
        this.options = value;
        return this;
    }
}
