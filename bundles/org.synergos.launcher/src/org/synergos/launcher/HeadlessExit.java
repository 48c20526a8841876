package org.synergos.launcher;

/** Exit codes of the launcher itself, beyond the application's own. */
final class HeadlessExit {

    /** The runtime could not start (missing bundles, unresolvable dependencies). */
    static final int STARTUP_FAILED = 3;

    private HeadlessExit() {
    }
}
