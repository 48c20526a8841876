package org.synergos.workbench.glsp.internal;

import java.nio.file.Path;

import org.synergos.analysis.api.AnalysisExecutor;

/** What every diagram session shares: the workspace folder and the runtime's analysis executor. */
public record WorkbenchContext(Path workspace, AnalysisExecutor executor) {

    /** The workspace file a client names, refused when the name leads outside the workspace. */
    public Path resolve(String relative) {
        if (relative == null || relative.isBlank()) {
            throw new IllegalArgumentException("no model file given");
        }
        String cleaned = relative.startsWith("file://") ? relative.substring("file://".length()) : relative;
        Path candidate = workspace.resolve(cleaned).normalize();
        if (!candidate.startsWith(workspace)) {
            throw new IllegalArgumentException("'" + relative + "' is outside the workspace");
        }
        return candidate;
    }
}
