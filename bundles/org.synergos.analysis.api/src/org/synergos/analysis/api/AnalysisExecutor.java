package org.synergos.analysis.api;

import java.time.Duration;
import java.util.Map;

/**
 * Runs engines safely: checks applicability and parameters first, runs the engine on a thread of its
 * own with a time limit, and turns whatever goes wrong (an exception, an error, a hang) into a result
 * with status and messages, so a faulty engine never takes the runtime down.
 */
public interface AnalysisExecutor {

    /** Default time limit of a run. */
    Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(30);

    /**
     * Starts a run.
     *
     * @param engineId engine to run
     * @param input model and data
     * @param parameters user-supplied parameter values (defaults fill the rest)
     * @param progress receives progress; its {@code isCancelled} is consulted too
     * @param timeLimit the run is cancelled, then abandoned, when it exceeds this
     */
    AnalysisJob start(String engineId, AnalysisInput input, Map<String, String> parameters, AnalysisMonitor progress,
            Duration timeLimit);

    /** Runs and waits for the result. */
    default AnalysisResult run(String engineId, AnalysisInput input, Map<String, String> parameters,
            AnalysisMonitor progress) {
        return start(engineId, input, parameters, progress, DEFAULT_TIME_LIMIT).await();
    }
}
