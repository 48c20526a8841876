package org.synergos.workbench.glsp.internal.handlers;

import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.clipboard.RequestClipboardDataAction;
import org.eclipse.glsp.server.features.clipboard.SetClipboardDataAction;
import org.synergos.workbench.glsp.internal.WorkbenchContext;
import org.synergos.workbench.glsp.internal.model.SynergosModelState;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.inject.Inject;

/**
 * Copy: the clipboard holds which elements of which workspace model were selected, so paste copies them as
 * they are then, into this or another open model.
 */
public class ClipboardHandler extends AbstractActionHandler<RequestClipboardDataAction> {

    static final String FORMAT = "synergos-elements/1";
    static final String MIME = "application/json";

    @Inject
    private SynergosModelState state;

    @Inject
    private WorkbenchContext workbench;

    @Override
    protected List<Action> executeAction(RequestClipboardDataAction action) {
        JsonObject data = new JsonObject();
        data.addProperty("format", FORMAT);
        data.addProperty("sourceUri", workbench.workspace().relativize(state.modelFile()).toString().replace('\\', '/'));
        JsonArray ids = new JsonArray();
        action.getEditorContext().getSelectedElementIds().stream().map(LabelIds::owner).distinct()
                .filter(id -> !SynergosModelState.ROOT_ID.equals(id)).forEach(ids::add);
        data.add("ids", ids);
        SetClipboardDataAction reply = new SetClipboardDataAction(Map.of(MIME, data.toString()));
        reply.setResponseId(action.getRequestId());
        return List.of(reply);
    }
}
