package org.synergos.workbench.glsp.internal;

import java.nio.file.Path;

import org.synergos.analysis.api.AnalysisExecutor;
import org.synergos.data.io.WorkspacePaths;
import org.synergos.workbench.glsp.internal.model.OpenModels;

/**
 * What every diagram session shares: the workspace folder, the runtime's analysis executor and the open models
 * (one in-memory copy per model file, see {@link OpenModels}).
 */
public record WorkbenchContext(Path workspace, AnalysisExecutor executor, OpenModels models) {

    public WorkbenchContext(Path workspace, AnalysisExecutor executor) {
        this(workspace, executor, new OpenModels());
    }

    /** The workspace file a client names, refused when the name leads outside the workspace. */
    public Path resolve(String relative) {
        return WorkspacePaths.resolve(workspace, relative);
    }
}
