package org.synergos.report.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.diagram.DiagramDescription;
import org.synergos.diagram.DiagramDescriptions;
import org.synergos.diagram.DiagramFactory;
import org.synergos.diagram.DiagramGraph;
import org.synergos.diagram.layout.ElkLayout;
import org.synergos.diagram.svg.SvgExport;
import org.synergos.model.Framework;

/**
 * The model's other diagrams, drawn from the workbench's diagram descriptions (actor collaboration network,
 * causal map, implementation path map, event timeline) and laid out by ELK: {@code diagrams/<kind>.svg} and
 * inline in {@code index.html}. A kind the model has nothing for is left out. (The SEM path diagram with its
 * estimates is {@link ReportDiagrams}.)
 */
final class ModelDiagrams {

    /** One drawn kind: its caption, its file and the SVG document. */
    record Drawn(String caption, String file, String svg) {

        /** The SVG without its XML declaration, for inlining into HTML. */
        String inline() {
            return svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).stripLeading() : svg;
        }
    }

    private static final String SEM_PATH = "sem-path";

    private ModelDiagrams() {
    }

    static List<Drawn> of(Framework model) {
        List<Drawn> drawn = new ArrayList<>();
        for (DiagramDescription description : DiagramDescriptions.builtIns()) {
            if (description.id().equals(SEM_PATH)) {
                continue;
            }
            DiagramGraph graph = DiagramFactory.build(model, description);
            if (graph.nodes().isEmpty()) {
                continue;
            }
            drawn.add(new Drawn(description.label(), "diagrams/" + description.id() + ".svg",
                    SvgExport.toSvg(ElkLayout.layout(graph))));
        }
        return drawn;
    }

    static Map<Path, byte[]> files(List<Drawn> drawn) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        drawn.forEach(d -> files.put(Path.of(d.file()), d.svg().getBytes(StandardCharsets.UTF_8)));
        return files;
    }
}
