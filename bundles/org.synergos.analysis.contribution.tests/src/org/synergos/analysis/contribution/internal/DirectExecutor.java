package org.synergos.analysis.contribution.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisExecutor;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisJob;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.Parameters;

/**
 * Test executor without OSGi: answers every run with a function of (engine id, parameters) — a canned
 * result — or runs one engine instance in the calling thread.
 */
final class DirectExecutor implements AnalysisExecutor {

    private final Function<String, AnalysisEngine> engines;
    private final Function<Map<String, String>, AnalysisResult> canned;
    String lastEngineId;
    Map<String, String> lastParameters;

    private DirectExecutor(Function<String, AnalysisEngine> engines, Function<Map<String, String>, AnalysisResult> canned) {
        this.engines = engines;
        this.canned = canned;
    }

    static DirectExecutor canned(AnalysisResult result) {
        return new DirectExecutor(id -> null, parameters -> result);
    }

    static DirectExecutor running(AnalysisEngine engine) {
        return new DirectExecutor(id -> id.equals(engine.descriptor().id()) ? engine : null, null);
    }

    @Override
    public AnalysisJob start(String engineId, AnalysisInput input, Map<String, String> parameters,
            AnalysisMonitor progress, Duration timeLimit) {
        lastEngineId = engineId;
        lastParameters = parameters;
        AnalysisResult result = canned != null ? canned.apply(parameters) : runEngine(engineId, input, parameters);
        return AnalysisJob.completed(result);
    }

    private AnalysisResult runEngine(String engineId, AnalysisInput input, Map<String, String> parameters) {
        AnalysisEngine engine = engines.apply(engineId);
        if (engine == null) {
            return AnalysisResult.failure(engineId, "", AnalysisResult.Status.FAILED,
                    Message.error("engine '" + engineId + "' is not installed", ""));
        }
        try {
            return engine.run(new AnalysisRequest(input, Parameters.resolve(engine.descriptor(), parameters), this),
                    AnalysisMonitor.silent());
        } catch (Exception e) {
            return new AnalysisResult(engineId, "", AnalysisResult.Status.FAILED, List.of(), List.of(),
                    List.of(Message.error(String.valueOf(e.getMessage()), "")), Map.of());
        }
    }
}
