package org.synergos.workbench.glsp.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.PasteOperation;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.synergos.diagram.edit.PropertyEdit;
import org.synergos.diagram.layout.Box;
import org.synergos.model.Framework;
import org.synergos.model.io.ModelStore;
import org.synergos.workbench.glsp.internal.WorkbenchContext;
import org.synergos.workbench.glsp.internal.model.ElementCopies;
import org.synergos.workbench.glsp.internal.model.MoveNodesCommand;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/**
 * Paste: copies of the copied elements (with their contents and the references among them), with fresh ids,
 * placed beside the originals or at the mouse, as one undoable step.
 */
public class PasteHandler extends ModelOperationHandler<PasteOperation> {

    private static final double OFFSET = 40;

    @Inject
    private WorkbenchContext workbench;

    @Override
    public Optional<Command> createCommand(PasteOperation operation) {
        JsonObject data;
        try {
            JsonElement parsed = JsonParser.parseString(operation.getClipboardData().getOrDefault(ClipboardHandler.MIME, ""));
            data = parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
        } catch (RuntimeException e) {
            data = null;
        }
        if (data == null || !ClipboardHandler.FORMAT.equals(data.has("format") ? data.get("format").getAsString() : "")) {
            return Optional.empty(); // not something copied from a Synergos diagram
        }
        List<String> ids = new ArrayList<>();
        data.getAsJsonArray("ids").forEach(id -> ids.add(id.getAsString()));
        Framework source;
        try {
            Path file = workbench.resolve(data.get("sourceUri").getAsString());
            source = file.equals(state.modelFile()) ? state.framework() : ModelStore.load(file);
        } catch (Exception e) {
            dispatcher.dispatch(MessageActionUtil.warn("cannot paste: " + e.getMessage()));
            return Optional.empty();
        }
        ElementCopies.Pasted pasted = ElementCopies.of(source, ids, state.framework());
        if (!pasted.skipped().isEmpty()) {
            dispatcher.dispatch(MessageActionUtil.warn("not pasted (their container is not in this model): "
                    + String.join(", ", pasted.skipped())));
        }
        Optional<Command> add = commandOrWarning(PropertyEdit.add("Paste", pasted.additions()));
        if (add.isEmpty()) {
            return add;
        }
        CompoundCommand paste = new CompoundCommand("Paste");
        paste.append(add.get());
        Map<String, Box> placed = placement(pasted.newIdByOriginal(), source == state.framework(),
                operation.getEditorContext() == null ? Optional.empty() : operation.getEditorContext().getLastMousePosition());
        if (!placed.isEmpty()) {
            paste.append(new MoveNodesCommand("Place pasted", state.positions(), placed));
        }
        return Optional.of(paste);
    }

    /** Pasted nodes keep their arrangement: shifted beside the originals, or with the group's corner at the mouse. */
    private Map<String, Box> placement(Map<String, String> newIdByOriginal, boolean sameModel, Optional<GPoint> mouse) {
        Map<String, Box> originals = new LinkedHashMap<>();
        newIdByOriginal.forEach((original, copy) -> {
            Box box = sameModel ? state.positions().get(original) : null;
            if (box != null) {
                originals.put(copy, box);
            }
        });
        if (originals.isEmpty()) {
            return Map.of();
        }
        double minX = originals.values().stream().mapToDouble(Box::x).min().orElse(0);
        double minY = originals.values().stream().mapToDouble(Box::y).min().orElse(0);
        double dx = mouse.map(p -> p.getX() - minX).orElse(OFFSET);
        double dy = mouse.map(p -> p.getY() - minY).orElse(OFFSET);
        Map<String, Box> placed = new LinkedHashMap<>();
        originals.forEach((id, box) -> placed.put(id, new Box(box.x() + dx, box.y() + dy, box.width(), box.height())));
        return placed;
    }
}
