package org.synergos.launcher;

/**
 * {@code SYNERGOS_DAEMON}: whether a command may run in a resident runtime. Unset: in one that runs;
 * {@code off}: never (always in its own process); {@code auto}: in one, started first if none runs.
 */
enum DaemonMode {
    USE_RUNNING, OFF, AUTO;

    static DaemonMode fromEnvironment() {
        String value = System.getenv("SYNERGOS_DAEMON");
        if ("off".equals(value)) {
            return OFF;
        }
        return "auto".equals(value) ? AUTO : USE_RUNNING;
    }
}
