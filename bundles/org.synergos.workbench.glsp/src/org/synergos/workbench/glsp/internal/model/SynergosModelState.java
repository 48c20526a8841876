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

    private OpenModels.Shared shared;
    private org.eclipse.emf.common.command.CommandStackListener listener;
    private java.util.function.Consumer<OpenModels.Shared> release = s -> {
    };
    private Path modelFile;
    private Path fileToldToClient;
    private Framework framework;
    private DiagramDescription description;
    private DiagramEditor editor;
    private final NodePositions positions = new NodePositions();
    private volatile Overlay overlay = Overlay.NONE;
    private final Map<String, AtomicBoolean> runningEngines = new ConcurrentHashMap<>();

    /**
     * Shows an open model in this diagram. Edits made through other diagrams of the same model reach this one
     * through {@code othersChanged}, which runs on the editing diagram's thread.
     */
    public synchronized void open(OpenModels.Shared model, DiagramDescription drawnWith,
            Map<String, org.synergos.diagram.layout.Box> stored, Runnable othersChanged) {
        close();
        Thread own = Thread.currentThread();
        this.shared = model;
        this.listener = event -> {
            if (Thread.currentThread() != own) {
                othersChanged.run();
            }
        };
        model.listen(listener);
        // The model's stack, not a fresh one: one undo history and dirty flag for all its diagrams.
        this.commandStack = model.stack();
        this.modelFile = model.file();
        this.fileToldToClient = modelFile;
        this.framework = model.framework();
        this.description = drawnWith;
        this.editor = new DiagramEditor(framework, drawnWith, model.stack());
        this.positions.replaceAll(stored);
        this.overlay = Overlay.NONE;
    }

    /** Stops showing the model (the client closed the diagram); the last diagram of a model drops it. */
    public synchronized void close() {
        if (shared != null) {
            shared.ignore(listener);
            release.accept(shared);
            shared = null;
        }
    }

    /** The open model this diagram shows (shared with the other diagrams of the same file). */
    public synchronized OpenModels.Shared shared() {
        return shared;
    }

    /**
     * After the shared model was reloaded from disk (by this or another diagram): show the new copy, with a new
     * editor on it and no overlay. {@code stored} replaces the node positions when given. Returns whether
     * anything changed.
     */
    public synchronized boolean showReloaded(Map<String, org.synergos.diagram.layout.Box> stored) {
        if (shared == null || (shared.shows(framework) && stored == null)) {
            return false;
        }
        this.framework = shared.framework();
        this.editor = new DiagramEditor(framework, description, shared.stack());
        if (stored != null) {
            this.positions.replaceAll(stored);
        }
        this.overlay = Overlay.NONE;
        return true;
    }

    /**
     * The model's file if the client has not been told about it yet (another diagram of the model saved it under
     * a new name); from then on it counts as told.
     */
    public synchronized Optional<Path> fileNotYetToldToClient() {
        Path now = modelFile();
        if (now.equals(fileToldToClient)) {
            return Optional.empty();
        }
        fileToldToClient = now;
        return Optional.of(now);
    }

    public void onRelease(java.util.function.Consumer<OpenModels.Shared> release) {
        this.release = release;
    }

    public CommandStack getCommandStack() {
        return commandStack;
    }

    /** The model's file; after a "save as" (from any diagram of the model) the new one. */
    public synchronized Path modelFile() {
        return shared != null ? shared.file() : modelFile;
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
