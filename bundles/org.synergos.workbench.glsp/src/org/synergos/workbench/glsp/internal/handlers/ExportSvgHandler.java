package org.synergos.workbench.glsp.internal.handlers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.synergos.diagram.DiagramEdge;
import org.synergos.diagram.DiagramGraph;
import org.synergos.diagram.DiagramNode;
import org.synergos.diagram.layout.ManualLayout;
import org.synergos.diagram.svg.SvgExport;
import org.synergos.workbench.glsp.internal.actions.ExportSvgAction;
import org.synergos.workbench.glsp.internal.actions.SvgExportedAction;
import org.synergos.workbench.glsp.internal.model.SynergosModelState;

import com.google.inject.Inject;

/**
 * SVG export of the diagram as placed, with its overlay: the same standalone SVG 1.1 writer as
 * {@code synergos diagram} and the reports (no browser-only features, opens in Inkscape and Word).
 */
public class ExportSvgHandler extends AbstractActionHandler<ExportSvgAction> {

    @Inject
    private SynergosModelState state;

    @Override
    protected List<Action> executeAction(ExportSvgAction action) {
        DiagramGraph graph = state.editor().graph();
        Map<String, Map<String, String>> overlays = new HashMap<>();
        for (DiagramNode node : graph.nodes()) {
            overlays.put(node.id(), state.overlay().lines(node.id()));
        }
        for (DiagramEdge edge : graph.edges()) {
            overlays.put(edge.id(), state.overlay().edgeLines(edge));
        }
        String svg = SvgExport.toSvg(ManualLayout.place(graph, state.positions().asMap()), overlays);
        return List.of(new SvgExportedAction().svg(svg));
    }
}
