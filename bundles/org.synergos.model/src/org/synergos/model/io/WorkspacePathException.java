package org.synergos.model.io;

import java.io.IOException;

/**
 * A path in a model points outside the model's folder tree (absolute, or escaping with "..").
 * Product rule: no path read from a model may leave the workspace.
 */
public class WorkspacePathException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String path;

    public WorkspacePathException(String path, String reason) {
        super("path '" + path + "' " + reason
                + "; use a path relative to the model file that stays inside its folder");
        this.path = path;
    }

    /** The offending path as written in the model. */
    public String path() {
        return path;
    }
}
