package org.synergos.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files a test bundle ships (fixtures, broken models), addressed relative to the test bundle's folder.
 * The build passes that folder as system property {@value #PROPERTY}; otherwise the working directory
 * is used.
 */
public final class TestResources {

    /** System property naming the test bundle's folder. */
    public static final String PROPERTY = "synergos.tests.basedir";

    private TestResources() {
    }

    public static Path path(String relative) {
        String base = System.getProperty(PROPERTY);
        Path root = base == null || base.isBlank() ? Path.of("") : Path.of(base);
        Path file = root.resolve(relative).toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new IllegalStateException("missing test resource " + file + " (set -D" + PROPERTY + ")");
        }
        return file;
    }

    /** A CSV table shipped by the test bundle, read like the reference result tables. */
    public static ReferenceTable table(String relative) {
        return ReferenceTable.read(path(relative));
    }
}
