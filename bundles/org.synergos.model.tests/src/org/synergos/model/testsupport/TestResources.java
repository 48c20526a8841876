package org.synergos.model.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates files below {@code org.synergos.model.tests/resources/}. The build sets the system property
 * {@value #PROPERTY} (or runs with the test bundle as working directory); runs from the repository
 * root are found too.
 */
public final class TestResources {

    public static final String PROPERTY = "synergos.tests.basedir";

    private TestResources() {
    }

    public static Path file(String relative) {
        for (Path base : candidates()) {
            Path file = base.resolve("resources").resolve(relative);
            if (Files.exists(file)) {
                return file.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("test resource " + relative + " not found; set -D" + PROPERTY
                + "=<path to bundles/org.synergos.model.tests>");
    }

    private static Path[] candidates() {
        String configured = System.getProperty(PROPERTY);
        Path workingDir = Path.of("").toAbsolutePath();
        return new Path[] {
            configured == null || configured.isBlank() ? workingDir : Path.of(configured),
            workingDir,
            workingDir.resolve("bundles/org.synergos.model.tests"),
        };
    }
}
