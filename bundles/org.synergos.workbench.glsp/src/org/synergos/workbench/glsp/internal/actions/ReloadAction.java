package org.synergos.workbench.glsp.internal.actions;

import org.eclipse.glsp.server.actions.Action;

/**
 * GLSP action {@code synergosReload} (client → server, see docs/workbench-protocol.md): discard the unsaved edits
 * and show the model file as it is on disk now (in every diagram of that model).
 */
public class ReloadAction extends Action {

    public static final String KIND = "synergosReload";

    public ReloadAction() {
        super(KIND);
    }
}
