package org.synergos.analysis.pls.core;

/**
 * Receives resampling progress. Called from worker threads (never concurrently: calls are serialised),
 * at most about a hundred times per run.
 */
@FunctionalInterface
public interface ProgressListener {

    void progress(int completed, int total);

    /** A listener that ignores progress. */
    static ProgressListener none() {
        return (completed, total) -> {
        };
    }
}
