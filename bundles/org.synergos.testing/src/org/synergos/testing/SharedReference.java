package org.synergos.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Locates the read-only reference results in {@code ../shared/} (outputs of lavaan, seminr and cSEM)
 * that the engines' golden tests compare against.
 *
 * <p>The build passes the directory as system property {@value #PROPERTY}; tests run from an IDE fall
 * back to {@code ../shared} relative to the working directory and its parents.
 */
public final class SharedReference {

    /** System property naming the shared directory. */
    public static final String PROPERTY = "synergos.shared.dir";

    private SharedReference() {
    }

    /** The shared directory; fails with a clear message when it cannot be found. */
    public static Path root() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured).toAbsolutePath().normalize();
            if (Files.isDirectory(dir.resolve("reference"))) {
                return dir;
            }
            throw new IllegalStateException(PROPERTY + "=" + configured + " has no reference/ folder");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("reference"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/ not found: set -D" + PROPERTY + "=<path to shared>");
    }

    /** A file below {@code shared/reference/}, e.g. {@code "seminr_mobi_ecsi/ecsi_pls_paths_r2.csv"}. */
    public static Path file(String relativeToReference) {
        Path file = root().resolve("reference").resolve(relativeToReference);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing reference file " + file);
        }
        return file;
    }

    /** A reference data set, e.g. {@code "mobi.csv"}. */
    public static Path data(String name) {
        return file("data/" + name);
    }

    /** Parses a reference JSON file. */
    public static JsonNode json(String relativeToReference) {
        try {
            return new ObjectMapper().readTree(file(relativeToReference).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a reference CSV table (header row; first column may hold row names). */
    public static ReferenceTable table(String relativeToReference) {
        return ReferenceTable.read(file(relativeToReference));
    }
}
