package org.synergos.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.synergos.analysis.study.Studies;
import org.synergos.analysis.study.Study;
import org.synergos.analysis.study.StudyException;
import org.synergos.data.io.AtomicFiles;
import org.synergos.diagram.DiagramDescriptions;
import org.synergos.diagram.DiagramFactory;
import org.synergos.diagram.DiagramGraph;
import org.synergos.diagram.DiagramProblem;
import org.synergos.diagram.layout.ElkLayout;
import org.synergos.diagram.svg.SvgExport;
import org.synergos.launcher.api.HeadlessApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code synergos diagram}: lays out one diagram kind of a model with ELK and writes it as SVG. */
@Command(name = "diagram", mixinStandardHelpOptions = true,
        description = { "Draw a model as a diagram and write it as SVG (plain SVG 1.1).",
                "Kinds: sem-path, actor-network, causal-map, implementation-path, event-timeline." })
final class DiagramCommand implements Callable<Integer> {

    private final CommandContext context;

    @Parameters(paramLabel = "MODEL", description = "Model file (*.synergos) or a folder holding one.")
    Path model;

    @Option(names = { "-k", "--kind" }, paramLabel = "KIND", defaultValue = "sem-path",
            description = "Diagram kind (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", required = true, description = "SVG file to write.")
    Path output;

    DiagramCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (!DiagramDescriptions.BUILT_IN_IDS.contains(kind)) {
            context.err().println("synergos diagram: unknown kind '" + kind + "' (kinds: "
                    + String.join(", ", DiagramDescriptions.BUILT_IN_IDS) + ")");
            return HeadlessApplication.USAGE;
        }
        Study study;
        try {
            study = Studies.load(model);
        } catch (StudyException e) {
            context.err().println("synergos diagram: " + e.getMessage());
            return HeadlessApplication.FAILED;
        }
        DiagramGraph graph = DiagramFactory.build(study.framework(), DiagramDescriptions.builtIn(kind));
        for (DiagramProblem problem : graph.problems()) {
            context.err().println("warning: " + problem.message());
        }
        String svg = SvgExport.toSvg(ElkLayout.layout(graph));
        AtomicFiles.writeString(output, svg);
        context.out().println("Wrote " + output + " (" + graph.nodes().size() + " nodes, " + graph.edges().size()
                + " edges)");
        return graph.problems().isEmpty() ? HeadlessApplication.OK : HeadlessApplication.FAILED;
    }
}
