package org.synergos.workbench.glsp.internal.handlers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.common.util.URI;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.json.ResultJson;
import org.synergos.analysis.study.ConfiguredAnalyses;
import org.synergos.analysis.study.ConfiguredRun;
import org.synergos.analysis.study.Study;
import org.synergos.model.Framework;
import org.synergos.workbench.glsp.internal.WorkbenchContext;
import org.synergos.workbench.glsp.internal.actions.ApplyEngineResultAction;
import org.synergos.workbench.glsp.internal.actions.CancelEngineAction;
import org.synergos.workbench.glsp.internal.actions.ClearOverlayAction;
import org.synergos.workbench.glsp.internal.actions.EngineResultAction;
import org.synergos.workbench.glsp.internal.actions.RunEngineAction;
import org.synergos.workbench.glsp.internal.model.Overlay;
import org.synergos.workbench.glsp.internal.model.SynergosModelState;

import com.google.gson.JsonParser;
import com.google.inject.Inject;

/**
 * Runs an installed engine on the model as it is being edited (unsaved edits included; the engine gets a
 * copy, so editing goes on meanwhile) through the runtime's isolating executor, with progress and cancel.
 * The model's own configuration of that engine (parameters, data source) applies unless the client overrides it.
 */
public class EngineRunHandler extends AbstractActionHandler<RunEngineAction> {

    private static final Duration TIME_LIMIT = Duration.ofMinutes(30);

    @Inject
    private SynergosModelState state;

    @Inject
    private WorkbenchContext workbench;

    @Inject
    private ActionDispatcher dispatcher;

    @Override
    protected List<Action> executeAction(RunEngineAction action) {
        String requestId = action.getRequestId() == null ? "run" : action.getRequestId();
        Study study = new Study(snapshot(state.framework(), state), state.modelFile());
        Map<String, String> options = new LinkedHashMap<>();
        if (action.getOptions() != null) {
            action.getOptions().forEach((key, value) -> options.put(key, value instanceof Double d && d == Math.rint(d)
                    ? Long.toString(d.longValue()) : String.valueOf(value)));
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        state.runningEngines().put(requestId, cancelled);
        ProgressReports monitor = new ProgressReports(dispatcher, requestId);
        monitor.start(action.getEngineId());
        Thread run = new Thread(() -> {
            AnalysisResult result;
            try {
                result = run(study, action.getEngineId(), options, monitor, cancelled);
            } finally {
                monitor.end();
                state.runningEngines().remove(requestId);
            }
            dispatcher.dispatch(new ApplyEngineResultAction().requestId(requestId).analysisResult(result));
        }, "synergos-engine-" + action.getEngineId());
        run.setDaemon(true);
        run.start();
        return List.of();
    }

    private AnalysisResult run(Study study, String engineId, Map<String, String> options, ProgressReports monitor,
            AtomicBoolean cancelled) {
        ConfiguredAnalyses analyses = new ConfiguredAnalyses(workbench.executor(), TIME_LIMIT);
        AnalysisMonitor progress = new ProgressBridge(monitor, cancelled);
        List<ConfiguredRun> configured = analyses.run(study, Optional.of(engineId), options, name -> progress);
        ConfiguredRun run = configured.isEmpty() ? analyses.runEngine(study, engineId, options, progress) : configured.get(0);
        return run.result();
    }

    /** A copy of the model in a resource at the model's address, so relative data paths resolve as on disk. */
    private static Framework snapshot(Framework framework, SynergosModelState state) {
        Framework copy = EcoreUtil.copy(framework);
        Resource resource = new ResourceSetImpl().createResource(URI.createFileURI(state.modelFile().toString()));
        if (resource != null) {
            resource.getContents().add(copy);
        }
        return copy;
    }

    /** Engine progress as GLSP progress reports; the client's Cancel as the engine's cancellation. */
    private static final class ProgressBridge implements AnalysisMonitor {
        private final ProgressReports monitor;
        private final AtomicBoolean cancelled;
        private String phase = "";
        private long total;
        private long done;
        private int lastPercent = -1;

        ProgressBridge(ProgressReports monitor, AtomicBoolean cancelled) {
            this.monitor = monitor;
            this.cancelled = cancelled;
        }

        @Override
        public synchronized void begin(String phase, long totalUnits) {
            this.phase = phase;
            this.total = totalUnits;
            this.done = 0;
            this.lastPercent = -1;
            monitor.update(phase, totalUnits > 0 ? 0 : -1);
        }

        @Override
        public synchronized void worked(long units) {
            done += units;
            int percent = total > 0 ? (int) Math.min(100, done * 100 / total) : -1;
            if (percent != lastPercent) {
                lastPercent = percent;
                monitor.update(phase, percent);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }

    /** Cancel: the engine sees it at its next check and stops; the result says CANCELLED. */
    public static class CancelHandler extends AbstractActionHandler<CancelEngineAction> {
        @Inject
        private SynergosModelState state;

        @Override
        protected List<Action> executeAction(CancelEngineAction action) {
            AtomicBoolean flag = state.runningEngines().get(action.getRequestId());
            if (flag != null) {
                flag.set(true);
            }
            return List.of();
        }
    }

    /** Back on the dispatch thread: overlay the result on the diagram and send the tables to the client. */
    public static class ApplyResultHandler extends AbstractActionHandler<ApplyEngineResultAction> {
        @Inject
        private SynergosModelState state;

        @Inject
        private ModelSubmissionHandler submission;

        @Override
        protected List<Action> executeAction(ApplyEngineResultAction action) {
            AnalysisResult result = action.getAnalysisResult();
            List<Action> actions = new ArrayList<>();
            Overlay overlay = Overlay.of(result);
            if (result.isSuccessful() && !overlay.isEmpty()) {
                state.setOverlay(overlay);
                actions.addAll(submission.submitModel());
            }
            actions.add(new EngineResultAction().requestId(action.getRequestId()).engineId(result.engineId())
                    .status(result.status().name()).result(JsonParser.parseString(ResultJson.write(result))));
            return actions;
        }
    }

    /** Removes the overlay. */
    public static class ClearOverlayHandler extends AbstractActionHandler<ClearOverlayAction> {
        @Inject
        private SynergosModelState state;

        @Inject
        private ModelSubmissionHandler submission;

        @Override
        protected List<Action> executeAction(ClearOverlayAction action) {
            state.setOverlay(Overlay.NONE);
            return submission.submitModel();
        }
    }
}
