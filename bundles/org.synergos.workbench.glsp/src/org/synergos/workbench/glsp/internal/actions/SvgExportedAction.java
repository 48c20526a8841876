package org.synergos.workbench.glsp.internal.actions;

import org.eclipse.glsp.server.actions.Action;

/** GLSP action {@code synergosSvgExported} (see docs/workbench-protocol.md). */
public class SvgExportedAction extends Action {

    public static final String KIND = "synergosSvgExported";

    private String svg;

    public SvgExportedAction() {
        super(KIND);
    }

    public String getSvg() {
        return svg;
    }

    public SvgExportedAction svg(String value) {
        this.svg = value;
        return this;
    }
}
