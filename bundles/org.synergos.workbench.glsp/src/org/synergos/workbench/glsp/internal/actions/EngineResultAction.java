package org.synergos.workbench.glsp.internal.actions;

import org.eclipse.glsp.server.actions.Action;

/** GLSP action {@code synergosEngineResult} (see docs/workbench-protocol.md). */
public class EngineResultAction extends Action {

    public static final String KIND = "synergosEngineResult";

    private String requestId;
    private String engineId;
    private String status;
    private com.google.gson.JsonElement result;

    public EngineResultAction() {
        super(KIND);
    }

    public String getRequestId() {
        return requestId;
    }

    public EngineResultAction requestId(String value) {
        this.requestId = value;
        return this;
    }

    public String getEngineId() {
        return engineId;
    }

    public EngineResultAction engineId(String value) {
        this.engineId = value;
        return this;
    }

    public String getStatus() {
        return status;
    }

    public EngineResultAction status(String value) {
        this.status = value;
        return this;
    }

    public com.google.gson.JsonElement getResult() {
        return result;
    }

    public EngineResultAction result(com.google.gson.JsonElement value) {
        this.result = value;
        return this;
    }
}
