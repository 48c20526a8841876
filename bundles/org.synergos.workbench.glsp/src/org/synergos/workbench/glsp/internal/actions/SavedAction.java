package org.synergos.workbench.glsp.internal.actions;

import org.eclipse.glsp.server.actions.Action;

/**
 * GLSP action {@code synergosSaved} (server → client, see docs/workbench-protocol.md): the model was written to
 * {@code path} (workspace-relative); after a "save as" that is the diagram's new file.
 */
public class SavedAction extends Action {

    public static final String KIND = "synergosSaved";

    private String path;

    public SavedAction() {
        super(KIND);
    }

    public String getPath() {
        return path;
    }

    public SavedAction path(String value) {
        this.path = value;
        return this;
    }
}
