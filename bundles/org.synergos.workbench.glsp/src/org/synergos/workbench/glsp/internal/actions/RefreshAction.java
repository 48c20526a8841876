package org.synergos.workbench.glsp.internal.actions;

import org.eclipse.glsp.server.actions.Action;

/** Server-internal: another diagram of the same model changed it; redraw this one. Never sent to clients. */
public class RefreshAction extends Action {

    public static final String KIND = "synergosRefresh";

    public RefreshAction() {
        super(KIND);
    }
}
