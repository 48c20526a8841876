package org.synergos.workbench.glsp.internal.actions;

import org.eclipse.glsp.server.actions.Action;

/**
 * GLSP action {@code synergosSave} (client → server, see docs/workbench-protocol.md): the user's answer to a
 * {@code synergosSaveConflict}: {@code overwrite} replaces the file whatever it holds now; {@code saveAs} (a
 * workspace-relative {@code .synergos} name that does not exist yet) writes the model there and makes that the
 * diagram's file.
 */
public class SaveAction extends Action {

    public static final String KIND = "synergosSave";

    private boolean overwrite;
    private String saveAs;

    public SaveAction() {
        super(KIND);
    }

    public boolean isOverwrite() {
        return overwrite;
    }

    public String getSaveAs() {
        return saveAs;
    }

    public SaveAction overwrite(boolean value) {
        this.overwrite = value;
        return this;
    }

    public SaveAction saveAs(String value) {
        this.saveAs = value;
        return this;
    }
}
