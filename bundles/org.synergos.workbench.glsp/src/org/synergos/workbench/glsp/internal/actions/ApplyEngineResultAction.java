package org.synergos.workbench.glsp.internal.actions;

import org.eclipse.glsp.server.actions.Action;

/** GLSP action {@code synergosApplyEngineResult} (see docs/workbench-protocol.md). */
public class ApplyEngineResultAction extends Action {

    public static final String KIND = "synergosApplyEngineResult";

    private String requestId;
    // Server-internal (never sent): hands a finished run back to the action-dispatch thread.
    private transient org.synergos.analysis.api.AnalysisResult analysisResult;

    public ApplyEngineResultAction() {
        super(KIND);
    }

    public String getRequestId() {
        return requestId;
    }

    public ApplyEngineResultAction requestId(String value) {
        this.requestId = value;
        return this;
    }

    public org.synergos.analysis.api.AnalysisResult getAnalysisResult() {
        return analysisResult;
    }

    public ApplyEngineResultAction analysisResult(org.synergos.analysis.api.AnalysisResult value) {
        this.analysisResult = value;
        return this;
    }
}
