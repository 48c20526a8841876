package org.synergos.model.io;

import java.io.IOException;
import java.nio.file.Path;

/** A model could not be saved; the previous file (if any) is untouched. */
public class ModelSaveException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public ModelSaveException(Path file, String message, Throwable cause) {
        super("cannot save " + file + ": " + message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
