package org.synergos.workbench.glsp.internal.model;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.synergos.model.Framework;
import org.synergos.model.io.ContentHash;
import org.synergos.model.io.ModelSaveException;
import org.synergos.model.io.ModelStore;
import org.synergos.model.io.SaveCondition;

/**
 * The models open in the workbench, one in-memory copy and one command stack per file however many diagrams
 * show it (Sirius' shared editing domain): an edit in one diagram appears in the others, one undo history
 * covers them, and a save from any diagram saves what all of them show. A model is dropped, unsaved changes
 * with it, when its last diagram closes.
 *
 * <p>Each open model remembers the hash of the file's bytes it was loaded from (or last saved as). A save checks
 * the file against it and refuses when someone else changed the file meanwhile — another workbench on the same
 * workspace, an editor, {@code git pull} — instead of silently overwriting their change.
 */
public final class OpenModels {

    /** A loader of a model file, for the first diagram that opens it. */
    public interface Loader {
        ModelStore.Tracked load(Path file) throws Exception;
    }

    /** One open model file. */
    public static final class Shared {
        private Path file;
        private Framework framework;
        private ContentHash diskHash;
        private final BasicCommandStack stack = new BasicCommandStack();
        private final Set<CommandStackListener> diagrams = new CopyOnWriteArraySet<>();
        private int users;

        Shared(Path file, ModelStore.Tracked loaded) {
            this.file = file;
            this.framework = loaded.framework();
            this.diskHash = loaded.hash();
            stack.addCommandStackListener(event -> diagrams.forEach(d -> d.commandStackChanged(event)));
        }

        public synchronized Path file() {
            return file;
        }

        public synchronized Framework framework() {
            return framework;
        }

        /** The hash of the file as this workbench last read or wrote it. */
        public synchronized ContentHash diskHash() {
            return diskHash;
        }

        public CommandStack stack() {
            return stack;
        }

        public void listen(CommandStackListener diagram) {
            diagrams.add(diagram);
        }

        public void ignore(CommandStackListener diagram) {
            diagrams.remove(diagram);
        }

        /**
         * Saves the model to its file if the file is still what was loaded (or {@code overwrite}); throws
         * {@link org.synergos.model.io.SaveConflictException} otherwise. Saves of one model are serialised, so of
         * two diagrams saving at once each sees the other's write as its own (they share the model).
         */
        public synchronized void save(boolean overwrite) throws ModelSaveException {
            diskHash = ModelStore.save(framework, file,
                    overwrite ? SaveCondition.any() : SaveCondition.unchangedSince(diskHash));
        }

        /** Discards the edits: the model as it is on disk now, with a fresh undo history. */
        public synchronized void reload(Loader loader) throws Exception {
            ModelStore.Tracked loaded = loader.load(file);
            framework = loaded.framework();
            diskHash = loaded.hash();
            stack.flush(); // tells every diagram (its listener), which then shows the new model
        }

        /**
         * Tells the model's diagrams that it was saved (their dirty flag and, after a save as, their file changed);
         * diagrams of other sessions redraw through their listener.
         */
        public void announceSaved() {
            java.util.EventObject saved = new java.util.EventObject(stack);
            diagrams.forEach(d -> d.commandStackChanged(saved));
        }

        /** Whether this copy is still the one a diagram opened (a reload replaces it). */
        public synchronized boolean shows(Framework shown) {
            return framework == shown;
        }
    }

    private final Map<Path, Shared> open = new HashMap<>();

    public synchronized Shared acquire(Path file, Loader loader) throws Exception {
        Shared shared = open.get(file);
        if (shared == null) {
            shared = new Shared(file, loader.load(file));
            open.put(file, shared);
        }
        shared.users++;
        return shared;
    }

    public synchronized void release(Shared shared) {
        if (--shared.users <= 0) {
            open.remove(shared.file(), shared);
        }
    }

    public synchronized boolean isOpen(Path file) {
        return open.containsKey(file);
    }

    /**
     * "Save as": writes the model to {@code target}, which must not exist and not be open, and from then on the
     * open model (in every diagram showing it) is that file; the original file stays as it is on disk.
     */
    public synchronized void saveAs(Shared shared, Path target) throws ModelSaveException {
        if (open.containsKey(target)) {
            throw new ModelSaveException(target, "it is open in the workbench; choose another name", null);
        }
        synchronized (shared) {
            shared.diskHash = ModelStore.save(shared.framework, target, SaveCondition.newFile());
            open.remove(shared.file, shared);
            shared.file = target;
            open.put(target, shared);
        }
    }
}
