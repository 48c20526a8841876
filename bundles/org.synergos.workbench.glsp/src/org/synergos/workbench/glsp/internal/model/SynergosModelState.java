package org.synergos.workbench.glsp.internal.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.synergos.diagram.DiagramDescription;
import org.synergos.diagram.edit.DiagramEditor;
import org.synergos.model.Framework;
import org.synergos.model.Identified;

/**
 * One open diagram: the model being edited, the description drawing it, where its nodes are, and the overlay
 * of the last engine run. Model edits and node moves share GLSP's command stack, so one undo history and one
 * dirty flag cover both.
 */
public class SynergosModelState extends DefaultGModelState {

    /** Id of the diagram root, which stands for the model itself in property and marker messages. */
    public static final String ROOT_ID = "graph";

    private Path modelFile;
    private Framework framework;
    private DiagramDescription description;
    private DiagramEditor editor;
    private final NodePositions positions = new NodePositions();
    private volatile Overlay overlay = Overlay.NONE;
    private final Map<String, AtomicBoolean> runningEngines = new ConcurrentHashMap<>();

    public void open(Path file, Framework model, DiagramDescription drawnWith, Map<String, org.synergos.diagram.layout.Box> stored) {
        this.modelFile = file;
        this.framework = model;
        this.description = drawnWith;
        this.editor = new DiagramEditor(model, drawnWith, getCommandStack());
        this.positions.replaceAll(stored);
        this.overlay = Overlay.NONE;
    }

    public CommandStack getCommandStack() {
        return commandStack;
    }

    public Path modelFile() {
        return modelFile;
    }

    public Framework framework() {
        return framework;
    }

    public DiagramDescription description() {
        return description;
    }

    public DiagramEditor editor() {
        return editor;
    }

    public NodePositions positions() {
        return positions;
    }

    public Overlay overlay() {
        return overlay;
    }

    public void setOverlay(Overlay overlay) {
        this.overlay = overlay;
    }

    /** The model element with this id ({@link #ROOT_ID} is the model itself). */
    public Optional<EObject> element(String id) {
        if (ROOT_ID.equals(id)) {
            return Optional.of(framework);
        }
        for (TreeIterator<EObject> it = framework.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Identified identified && id.equals(identified.getId())) {
                return Optional.of(next);
            }
        }
        return Optional.empty();
    }

    public Map<String, AtomicBoolean> runningEngines() {
        return runningEngines;
    }
}
