package org.synergos.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * Entry point of {@code bin/synergos}: boots the OSGi runtime of the distribution and hands the
 * command line to the application service inside it, so installed plugins serve the command line too.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        String home = System.getProperty("synergos.home");
        if (home == null) {
            System.err.println("synergos: system property synergos.home is not set (start with bin/synergos)");
            System.exit(HeadlessExit.STARTUP_FAILED);
        }
        RuntimeLayout layout = RuntimeLayout.of(Path.of(home));
        int code = new OsgiRuntime(layout, List.of(args)).run();
        System.exit(code);
    }
}
