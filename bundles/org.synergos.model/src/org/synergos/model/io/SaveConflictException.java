package org.synergos.model.io;

import java.nio.file.Path;

/**
 * A save was refused because the file on disk is not what the model was loaded from; nothing was written. The
 * caller offers reload, overwrite ({@link SaveCondition#any()}) or save as another file.
 */
public class SaveConflictException extends ModelSaveException {

    private static final long serialVersionUID = 1L;

    /** How the file differs from what was loaded. */
    public enum Reason {
        /** Its bytes changed since the model was loaded (another workbench, an editor, {@code git pull}). */
        CHANGED("was changed on disk since it was loaded"),
        /** It was deleted or renamed since the model was loaded. */
        DELETED("was deleted on disk since it was loaded"),
        /** "Save as" names a file that exists already. */
        EXISTS("exists already");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final Reason reason;

    public SaveConflictException(Path file, Reason reason) {
        super(file, "the file " + reason.text() + "; nothing was written", null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
