package org.synergos.analysis.api;

/** A started run. */
public interface AnalysisJob {

    /** Asks the engine to stop; the result then has status {@link AnalysisResult.Status#CANCELLED}. */
    void cancel();

    boolean isDone();

    /** Waits for the end of the run; never throws for engine failures (see the result's status). */
    AnalysisResult await();

    /** A job that has already finished with {@code result} (for executors that run in the caller, and tests). */
    static AnalysisJob completed(AnalysisResult result) {
        java.util.Objects.requireNonNull(result, "result");
        return new AnalysisJob() {
            @Override
            public void cancel() {
                // finished: nothing to cancel
            }

            @Override
            public boolean isDone() {
                return true;
            }

            @Override
            public AnalysisResult await() {
                return result;
            }
        };
    }
}
