package org.synergos.workbench.glsp.internal.actions;

import org.eclipse.glsp.server.actions.Action;

/**
 * GLSP action {@code synergosSaveConflict} (server → client, see docs/workbench-protocol.md): a save was refused
 * because the model file changed or was deleted on disk since it was loaded (or last saved); nothing was written.
 * The client offers reload, overwrite or save as.
 */
public class SaveConflictAction extends Action {

    public static final String KIND = "synergosSaveConflict";

    private String path;
    private String reason;
    private String message;

    public SaveConflictAction() {
        super(KIND);
    }

    /** The file, relative to the workspace. */
    public String getPath() {
        return path;
    }

    /** {@code changed} or {@code deleted}. */
    public String getReason() {
        return reason;
    }

    public String getMessage() {
        return message;
    }

    public SaveConflictAction path(String value) {
        this.path = value;
        return this;
    }

    public SaveConflictAction reason(String value) {
        this.reason = value;
        return this;
    }

    public SaveConflictAction message(String value) {
        this.message = value;
        return this;
    }
}
