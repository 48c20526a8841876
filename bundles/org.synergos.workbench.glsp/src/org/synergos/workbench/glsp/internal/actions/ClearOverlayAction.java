package org.synergos.workbench.glsp.internal.actions;

import org.eclipse.glsp.server.actions.Action;

/** GLSP action {@code synergosClearOverlay} (see docs/workbench-protocol.md). */
public class ClearOverlayAction extends Action {

    public static final String KIND = "synergosClearOverlay";


    public ClearOverlayAction() {
        super(KIND);
    }
}
