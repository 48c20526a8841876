package org.synergos.analysis.api;

/** A started run. */
public interface AnalysisJob {

    /** Asks the engine to stop; the result then has status {@link AnalysisResult.Status#CANCELLED}. */
    void cancel();

    boolean isDone();

    /** Waits for the end of the run; never throws for engine failures (see the result's status). */
    AnalysisResult await();
}
