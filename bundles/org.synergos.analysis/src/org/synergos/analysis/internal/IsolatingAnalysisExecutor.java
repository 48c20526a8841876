package org.synergos.analysis.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisExecutor;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisJob;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.AnalysisResult.Status;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.Parameters;

/**
 * Runs each analysis on a daemon thread of its own and turns every way an engine can fail into a
 * result: not applicable, bad parameters, exceptions and errors, cancellation, time-outs, and a plugin's
 * attempt to end the runtime (see {@link org.synergos.analysis.containment.PluginGuard}); each failure
 * names the engine and its bundle. A plugin stuck outside its own code (in a library call that never
 * returns) cannot be stopped by Java; it is abandoned and reported.
 */
@Component(service = AnalysisExecutor.class)
public final class IsolatingAnalysisExecutor implements AnalysisExecutor {

    private static final AtomicInteger RUN_NUMBER = new AtomicInteger();

    /** After the time limit, how long a cancelled engine may take to notice before it is abandoned. */
    static final Duration GRACE = Duration.ofSeconds(2);

    @Reference
    private ServiceEngineRegistry registry;

    public IsolatingAnalysisExecutor() {
    }

    /** For use outside OSGi. */
    public IsolatingAnalysisExecutor(ServiceEngineRegistry registry) {
        this.registry = registry;
    }

    @Override
    public AnalysisJob start(String engineId, AnalysisInput input, Map<String, String> parameters,
            AnalysisMonitor progress, Duration timeLimit) {
        Optional<AnalysisEngine> found = registry.instance(engineId);
        if (found.isEmpty()) {
            return RunningJob.finished(AnalysisResult.failure(engineId, "", Status.FAILED,
                    Message.error("no engine '" + engineId + "' is installed (see 'synergos engines')", "")));
        }
        AnalysisEngine engine = found.get();
        EngineDescriptor descriptor;
        try {
            descriptor = engine.descriptor();
        } catch (RuntimeException | LinkageError e) {
            return RunningJob.finished(failed(engineId, "", "engine failed to describe itself: " + e));
        }
        Parameters resolved;
        try {
            resolved = Parameters.resolve(descriptor, parameters);
        } catch (IllegalArgumentException e) {
            return RunningJob.finished(failed(engineId, descriptor.version(), e.getMessage()));
        }
        Applicability applicability = registry.applicability(engineId, input);
        if (!applicability.applicable()) {
            return RunningJob.finished(failed(engineId, descriptor.version(),
                    "engine '" + engineId + "' cannot run on this input: " + String.join("; ", applicability.reasons())));
        }
        String threadName = "synergos-analysis-" + engineId + "-" + RUN_NUMBER.incrementAndGet();
        return RunningJob.start(threadName, engine, descriptor, origin(engineId, engine), input, resolved, this,
                progress, timeLimit, GRACE);
    }

    /** "engine 'id' (bundle name version)": failures name the plugin to blame. */
    static String origin(String engineId, AnalysisEngine engine) {
        Bundle bundle = FrameworkUtil.getBundle(engine.getClass());
        return "engine '" + engineId + "'" + (bundle == null ? ""
                : " (bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + ")");
    }

    static AnalysisResult failed(String engineId, String version, String text) {
        return AnalysisResult.failure(engineId, version, Status.FAILED, Message.error(text, ""));
    }
}
