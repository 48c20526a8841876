package org.synergos.analysis.api;

import java.util.concurrent.CancellationException;

/**
 * Progress and cancellation for a running analysis. Engines call {@link #begin} once per phase and
 * {@link #worked} as units complete, and poll {@link #isCancelled()} between units of work.
 * Implementations are thread-safe: parallel engines may report from several threads.
 */
public interface AnalysisMonitor {

    /** Starts a phase of {@code totalUnits} units (e.g. 5,000 bootstrap resamples); 0 = unknown. */
    void begin(String phase, long totalUnits);

    /** Reports finished units of the current phase. */
    void worked(long units);

    /** True once the user cancelled or the time limit passed. */
    boolean isCancelled();

    /** Throws {@link CancellationException} when cancelled: a convenient check inside loops. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("analysis cancelled");
        }
    }

    /** A monitor that reports nowhere and is never cancelled. */
    static AnalysisMonitor silent() {
        return new AnalysisMonitor() {
            @Override
            public void begin(String phase, long totalUnits) {
            }

            @Override
            public void worked(long units) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
