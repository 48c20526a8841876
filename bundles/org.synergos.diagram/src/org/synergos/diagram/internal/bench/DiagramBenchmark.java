package org.synergos.diagram.internal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.synergos.diagram.DiagramDescription;
import org.synergos.diagram.DiagramDescriptions;
import org.synergos.diagram.DiagramFactory;
import org.synergos.diagram.DiagramGraph;
import org.synergos.diagram.edit.DiagramEditor;
import org.synergos.diagram.layout.ElkLayout;
import org.synergos.diagram.layout.LaidOutDiagram;
import org.synergos.diagram.svg.SvgExport;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.Framework;
import org.synergos.model.helpers.Elements;

/**
 * Issue 7's speed targets, measured outside the unit tests (which never assert timing): a 300-node SEM model
 * (30 constructs × 9 indicators, 57 paths) must open and lay out in under 1 s, and an edit must round-trip
 * (command, new graph, new layout) in under 50 ms. Prints cold (first, with class loading and ELK start-up)
 * and warm (median of repeated runs) times.
 *
 * <p>Run: {@code java -cp <bundle classes + EMF, ELK, guava, xbase.lib, jackson, org.synergos.model>
 * org.synergos.diagram.internal.bench.DiagramBenchmark [runs]}
 */
public final class DiagramBenchmark {

    private DiagramBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        DiagramDescription description = DiagramDescriptions.builtIn("sem-path");
        Framework model = semModel(30, 9);

        long start = System.nanoTime();
        DiagramGraph graph = DiagramFactory.build(model, description);
        long built = System.nanoTime();
        LaidOutDiagram diagram = ElkLayout.layout(graph);
        long laidOut = System.nanoTime();
        System.out.printf(Locale.ROOT, "model: %d nodes, %d edges%n", graph.nodes().size(), graph.edges().size());
        System.out.printf(Locale.ROOT, "cold: graph %.1f ms + layout %.1f ms = %.1f ms%n", ms(built - start),
                ms(laidOut - built), ms(laidOut - start));

        List<Double> open = new ArrayList<>();
        List<Double> layoutOnly = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            DiagramGraph g = DiagramFactory.build(model, description);
            long t1 = System.nanoTime();
            ElkLayout.layout(g);
            long t2 = System.nanoTime();
            open.add(ms(t2 - t0));
            layoutOnly.add(ms(t2 - t1));
        }
        System.out.printf(Locale.ROOT, "warm: graph + layout median %.1f ms (layout alone %.1f ms), min %.1f ms%n",
                median(open), median(layoutOnly), open.stream().mapToDouble(Double::doubleValue).min().orElse(0));

        DiagramEditor editor = new DiagramEditor(model, description);
        List<Double> editOnly = new ArrayList<>();
        List<Double> roundTrip = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            editor.editLabel("construct.C1", "C1v" + i);
            DiagramGraph g = editor.graph();
            long t1 = System.nanoTime();
            ElkLayout.layout(g);
            long t2 = System.nanoTime();
            editOnly.add(ms(t1 - t0));
            roundTrip.add(ms(t2 - t0));
        }
        System.out.printf(Locale.ROOT, "edit (label edit command + new graph): median %.1f ms; with relayout %.1f ms%n",
                median(editOnly), median(roundTrip));
        long s0 = System.nanoTime();
        String svg = SvgExport.toSvg(diagram);
        System.out.printf(Locale.ROOT, "svg export: %.1f ms (%d kB)%n", ms(System.nanoTime() - s0), svg.length() / 1024);
    }

    /** {@code constructs} constructs with {@code items} indicators each; paths i→i+1 and i→i+3. */
    static Framework semModel(int constructs, int items) {
        Framework model = Elements.framework("benchmark");
        List<Construct> all = new ArrayList<>();
        for (int c = 1; c <= constructs; c++) {
            Construct construct = Elements.construct(model, "C" + c, ConstructMode.REFLECTIVE);
            construct.setName("Construct " + c);
            for (int i = 1; i <= items; i++) {
                Elements.indicator(construct, "C" + c + "_" + i);
            }
            all.add(construct);
        }
        for (int c = 0; c < constructs; c++) {
            if (c + 1 < constructs) {
                Elements.path(model, "H" + (c + 1), all.get(c), all.get(c + 1));
            }
            if (c + 3 < constructs) {
                Elements.path(model, "K" + (c + 1), all.get(c), all.get(c + 3));
            }
        }
        return model;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
