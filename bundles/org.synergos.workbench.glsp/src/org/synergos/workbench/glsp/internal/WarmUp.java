package org.synergos.workbench.glsp.internal;

import org.synergos.diagram.DiagramDescriptions;
import org.synergos.diagram.DiagramFactory;
import org.synergos.diagram.layout.ElkLayout;
import org.synergos.model.Construct;
import org.synergos.model.Framework;
import org.synergos.model.StructuralPath;
import org.synergos.model.SynergosFactory;

import com.google.inject.Injector;

/**
 * Loads and JIT-compiles the diagram path (Guice, GLSP, ELK) in the background right after the server starts,
 * so the user's first diagram opens as fast as later ones instead of paying a second of class loading.
 */
final class WarmUp {

    private WarmUp() {
    }

    static void inBackground(java.util.function.Supplier<Injector> injectors) {
        Thread thread = new Thread(() -> {
            try {
                injectors.get();
                for (int round = 0; round < 3; round++) {
                    ElkLayout.layout(DiagramFactory.build(sample(), DiagramDescriptions.builtIn("sem-path")));
                }
            } catch (RuntimeException | LinkageError e) {
                // Only a head start: a failure here shows up, with its reason, when a diagram is opened.
            }
        }, "synergos-diagram-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static Framework sample() {
        SynergosFactory factory = SynergosFactory.eINSTANCE;
        Framework model = factory.createFramework();
        Construct previous = null;
        for (int c = 1; c <= 12; c++) {
            Construct construct = factory.createConstruct();
            construct.setId("construct.W" + c);
            construct.setCode("W" + c);
            for (int i = 1; i <= 4; i++) {
                var indicator = factory.createIndicator();
                indicator.setId("indicator.W" + c + "_" + i);
                indicator.setCode("W" + c + "_" + i);
                construct.getIndicators().add(indicator);
            }
            model.getConstructs().add(construct);
            if (previous != null) {
                StructuralPath path = factory.createStructuralPath();
                path.setId("structuralPath.W" + c);
                path.setSource(previous);
                path.setTarget(construct);
                model.getPaths().add(path);
            }
            previous = construct;
        }
        return model;
    }
}
