package org.synergos.analysis.containment;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runtime's side of plugin containment. The weaver rewrites plugin bytecode so that
 * {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} call {@link #exit} and {@link #halt}
 * here, which throw instead, and so that every backward jump (every loop iteration) first calls
 * {@link #checkpoint()}, which throws once the thread's run has been stopped.
 */
public final class PluginGuard {

    private static final Set<Thread> STOPPED = ConcurrentHashMap.newKeySet();
    /** Mirrors {@code STOPPED.size()}: the checkpoint's fast path is one volatile read. */
    private static final AtomicInteger STOPPED_COUNT = new AtomicInteger();

    private PluginGuard() {
    }

    /** Replaces {@code System.exit(status)} in plugin code. */
    public static void exit(int status) {
        throw new PluginExitError("System.exit(" + status + ")");
    }

    /** Replaces {@code Runtime.exit(status)} in plugin code. */
    public static void exit(Runtime runtime, int status) {
        throw new PluginExitError("Runtime.exit(" + status + ")");
    }

    /** Replaces {@code Runtime.halt(status)} in plugin code. */
    public static void halt(Runtime runtime, int status) {
        throw new PluginExitError("Runtime.halt(" + status + ")");
    }

    /** Woven before every backward jump of plugin code. */
    public static void checkpoint() {
        if (STOPPED_COUNT.get() != 0 && STOPPED.contains(Thread.currentThread())) {
            throw new PluginStoppedError();
        }
    }

    /** From now on, plugin code running on {@code thread} throws at its next loop iteration. */
    public static void stop(Thread thread) {
        if (STOPPED.add(thread)) {
            STOPPED_COUNT.incrementAndGet();
        }
    }

    /** Called when the stopped run's thread has finished with the plugin. */
    public static void release(Thread thread) {
        if (STOPPED.remove(thread)) {
            STOPPED_COUNT.decrementAndGet();
        }
    }

    /** A plugin tried to end the Java process; the runtime refused and carries on. */
    public static final class PluginExitError extends Error {
        private static final long serialVersionUID = 1L;

        PluginExitError(String call) {
            super(call + " refused: a plugin cannot end the runtime");
        }
    }

    /**
     * Unwinds plugin code whose run was cancelled or timed out. An {@link Error}, so that an engine's
     * {@code catch (Exception e)} does not swallow it.
     */
    public static final class PluginStoppedError extends Error {
        private static final long serialVersionUID = 1L;

        PluginStoppedError() {
            super("stopped: the analysis was cancelled or exceeded its time limit", null, false, false);
        }
    }
}
