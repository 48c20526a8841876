package org.synergos.workbench.glsp.internal.actions;

import org.eclipse.glsp.server.actions.Action;

/** GLSP action {@code synergosRequestProperties} (see docs/workbench-protocol.md). */
public class RequestPropertiesAction extends Action {

    public static final String KIND = "synergosRequestProperties";

    private String elementId;

    public RequestPropertiesAction() {
        super(KIND);
    }

    public String getElementId() {
        return elementId;
    }

    public RequestPropertiesAction elementId(String value) {
        this.elementId = value;
        return this;
    }
}
