package org.synergos.launcher.api;

/**
 * The application the launcher runs once the OSGi runtime is up: the command line. Registered as an
 * OSGi service by a bundle; the launcher exports this package from the system bundle so both sides see
 * the same interface. A resident runtime ({@code synergos daemon}) calls it from several threads at once.
 */
public interface HeadlessApplication {

    /** Exit code of a successful run. */
    int OK = 0;
    /** Exit code when an analysis or a validation failed. */
    int FAILED = 1;
    /** Exit code of a usage error. */
    int USAGE = 2;

    /**
     * Runs one command and returns its exit code. Long-running commands (the workbench, the shell) return
     * when {@link Invocation#stopRequested()} tells them to.
     */
    int run(Invocation invocation);
}
