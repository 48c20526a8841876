package org.synergos.workbench.glsp.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.synergos.diagram.DiagramDescription;
import org.synergos.diagram.Tool;
import org.synergos.diagram.ToolKind;

import com.google.inject.Inject;

/** The palette of a diagram kind: its description's creation tools, elements first, then relations. */
public class ToolPalette implements ToolPaletteItemProvider {

    @Inject
    private DiagramDescription description;

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        List<PaletteItem> nodes = new ArrayList<>();
        List<PaletteItem> edges = new ArrayList<>();
        int order = 0;
        for (Tool tool : description.tools()) {
            String sort = String.format("%03d", order++);
            if (tool.kind() == ToolKind.CREATE_NODE) {
                nodes.add(new PaletteItem(tool.id(), tool.label(), new TriggerNodeCreationAction(tool.id()), "", sort));
            } else if (tool.kind() == ToolKind.CREATE_EDGE) {
                edges.add(new PaletteItem(tool.id(), tool.label(), new TriggerEdgeCreationAction(tool.id()), "", sort));
            }
        }
        List<PaletteItem> groups = new ArrayList<>();
        if (!nodes.isEmpty()) {
            groups.add(PaletteItem.createPaletteGroup("elements", "Elements", nodes, "symbol-property", "A"));
        }
        if (!edges.isEmpty()) {
            groups.add(PaletteItem.createPaletteGroup("relations", "Relations", edges, "symbol-property", "B"));
        }
        return groups;
    }
}
