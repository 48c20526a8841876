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

/**
 * The models open in the workbench, one in-memory copy and one command stack per file however many diagrams
 * show it (Sirius' shared editing domain): an edit in one diagram appears in the others, one undo history
 * covers them, and a save from any diagram saves what all of them show. A model is dropped, unsaved changes
 * with it, when its last diagram closes.
 */
public final class OpenModels {

    /** A loader of a model file, for the first diagram that opens it. */
    public interface Loader {
        Framework load(Path file) throws Exception;
    }

    /** One open model file. */
    public static final class Shared {
        private final Path file;
        private final Framework framework;
        private final BasicCommandStack stack = new BasicCommandStack();
        private final Set<CommandStackListener> diagrams = new CopyOnWriteArraySet<>();
        private int users;

        Shared(Path file, Framework framework) {
            this.file = file;
            this.framework = framework;
            stack.addCommandStackListener(event -> diagrams.forEach(d -> d.commandStackChanged(event)));
        }

        public Path file() {
            return file;
        }

        public Framework framework() {
            return framework;
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
            open.remove(shared.file, shared);
        }
    }

    public synchronized boolean isOpen(Path file) {
        return open.containsKey(file);
    }
}
