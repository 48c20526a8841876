package org.synergos.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.synergos.model.DataSource;
import org.synergos.model.Framework;

/**
 * Resolves data-file paths stored in a model. They are relative to the model file and must stay
 * inside the model's folder tree, so a shared model can never make Synergos read arbitrary files.
 */
public final class DataPaths {

    private DataPaths() {
    }

    /**
     * Resolves {@code relative} against the folder of {@code modelFile}.
     *
     * @throws WorkspacePathException when the path is empty, absolute, or leaves the folder (also via
     *         symbolic links of existing files)
     */
    public static Path resolve(Path modelFile, String relative) throws WorkspacePathException {
        if (relative == null || relative.isBlank()) {
            throw new WorkspacePathException(String.valueOf(relative), "is empty");
        }
        String portable = relative.replace('\\', '/');
        if (portable.startsWith("/") || portable.matches("^[A-Za-z]:.*") || portable.startsWith("~")) {
            throw new WorkspacePathException(relative, "is absolute");
        }
        Path base = modelFile.toAbsolutePath().normalize().getParent();
        Path resolved;
        try {
            resolved = base.resolve(portable).normalize();
        } catch (InvalidPathException e) {
            throw new WorkspacePathException(relative, "is not a valid path (" + e.getReason() + ")");
        }
        if (!resolved.startsWith(base)) {
            throw new WorkspacePathException(relative, "leaves the model's folder " + base);
        }
        if (Files.exists(resolved)) {
            try {
                if (!resolved.toRealPath().startsWith(base.toRealPath())) {
                    throw new WorkspacePathException(relative, "leaves the model's folder through a link");
                }
            } catch (WorkspacePathException e) {
                throw e;
            } catch (IOException e) {
                throw new WorkspacePathException(relative, "cannot be checked (" + e.getMessage() + ")");
            }
        }
        return resolved;
    }

    /** Resolves a data source of a framework that was loaded from (or saved to) a file. */
    public static Path resolve(DataSource source) throws WorkspacePathException {
        Path modelFile = modelFile(source)
                .orElseThrow(() -> new WorkspacePathException(String.valueOf(source.getPath()),
                        "cannot be resolved because the model has not been saved to a file"));
        return resolve(modelFile, source.getPath());
    }

    /** The file a framework element was loaded from, if it lives in a file resource. */
    public static Optional<Path> modelFile(org.eclipse.emf.ecore.EObject element) {
        if (element == null || element.eResource() == null) {
            return Optional.empty();
        }
        URI uri = element.eResource().getURI();
        if (uri == null || !uri.isFile()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(uri.toFileString()));
    }

    /** Convenience for {@link #modelFile(org.eclipse.emf.ecore.EObject)} on the root. */
    public static Optional<Path> modelFile(Framework framework) {
        return modelFile((org.eclipse.emf.ecore.EObject) framework);
    }
}
