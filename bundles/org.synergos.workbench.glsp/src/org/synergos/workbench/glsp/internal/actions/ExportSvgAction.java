package org.synergos.workbench.glsp.internal.actions;

import org.eclipse.glsp.server.actions.Action;

/** GLSP action {@code synergosExportSvg} (see docs/workbench-protocol.md). */
public class ExportSvgAction extends Action {

    public static final String KIND = "synergosExportSvg";


    public ExportSvgAction() {
        super(KIND);
    }
}
