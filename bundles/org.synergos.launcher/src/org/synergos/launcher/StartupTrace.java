package org.synergos.launcher;

import java.lang.management.ManagementFactory;

/**
 * With {@code -Dsynergos.trace.startup=true}, prints milliseconds since JVM start at each step of the
 * runtime's start on standard error, to see where start-up time goes.
 */
final class StartupTrace {

    private static final boolean ENABLED = Boolean.getBoolean("synergos.trace.startup");

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ENABLED) {
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("startup " + sinceJvmStart + " ms: " + step);
        }
    }
}
