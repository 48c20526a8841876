package org.synergos.analysis.internal;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisExecutor;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisJob;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.AnalysisResult.Status;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.Parameters;

/** One engine run on its own thread, with cancellation and a time limit. */
final class RunningJob implements AnalysisJob {

    private final CompletableFuture<AnalysisResult> outcome = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final String engineId;
    private final String version;
    private final Duration timeLimit;
    private final Duration grace;
    private final long startNanos = System.nanoTime();

    private RunningJob(String engineId, String version, Duration timeLimit, Duration grace) {
        this.engineId = engineId;
        this.version = version;
        this.timeLimit = timeLimit;
        this.grace = grace;
    }

    static RunningJob finished(AnalysisResult result) {
        RunningJob job = new RunningJob(result.engineId(), result.engineVersion(), Duration.ZERO, Duration.ZERO);
        job.outcome.complete(result);
        return job;
    }

    static RunningJob start(String threadName, AnalysisEngine engine, EngineDescriptor descriptor,
            AnalysisInput input, Parameters parameters, AnalysisExecutor executor, AnalysisMonitor progress,
            Duration timeLimit, Duration grace) {
        RunningJob job = new RunningJob(descriptor.id(), descriptor.version(), timeLimit, grace);
        AnalysisMonitor monitor = job.monitorFor(progress);
        AnalysisRequest request = new AnalysisRequest(input, parameters, executor);
        Thread thread = new Thread(() -> job.outcome.complete(job.execute(engine, request, monitor)), threadName);
        thread.setDaemon(true);
        thread.start();
        return job;
    }

    private AnalysisResult execute(AnalysisEngine engine, AnalysisRequest request, AnalysisMonitor monitor) {
        try {
            AnalysisResult result = engine.run(request, monitor);
            if (result == null) {
                return failure(Status.FAILED, "engine returned no result");
            }
            return cancelled.get() ? failure(statusOfCancel(), "analysis cancelled") : result;
        } catch (CancellationException e) {
            return failure(statusOfCancel(), "analysis cancelled");
        } catch (AnalysisException e) {
            return AnalysisResult.failure(engineId, version, Status.FAILED,
                    new Message(org.synergos.analysis.api.Severity.ERROR, e.getMessage(), e.elementId(), ""));
        } catch (OutOfMemoryError e) {
            return failure(Status.FAILED, "engine ran out of memory (raise -Xmx in conf/jvm.options)");
        } catch (Throwable e) { // a plugin's bug must not escape into the runtime
            return failure(Status.FAILED, "engine failed: " + describe(e));
        }
    }

    private Status statusOfCancel() {
        return elapsed().compareTo(timeLimit) >= 0 ? Status.TIMED_OUT : Status.CANCELLED;
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private AnalysisResult failure(Status status, String text) {
        if (status == Status.TIMED_OUT) {
            text = "analysis exceeded its time limit of " + timeLimit.toSeconds() + " s";
        }
        return AnalysisResult.failure(engineId, version, status, Message.error(text, ""));
    }

    private static String describe(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length > 0 ? " at " + trace[0] : "";
        return e + where;
    }

    private AnalysisMonitor monitorFor(AnalysisMonitor progress) {
        return new AnalysisMonitor() {
            @Override
            public void begin(String phase, long totalUnits) {
                progress.begin(phase, totalUnits);
            }

            @Override
            public void worked(long units) {
                progress.worked(units);
            }

            @Override
            public boolean isCancelled() {
                if (!cancelled.get() && (progress.isCancelled() || elapsed().compareTo(timeLimit) >= 0)) {
                    cancelled.set(true);
                }
                return cancelled.get();
            }
        };
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isDone() {
        return outcome.isDone();
    }

    @Override
    public AnalysisResult await() {
        try {
            while (true) {
                long remaining = timeLimit.minus(elapsed()).toNanos();
                if (outcome.isDone() || remaining <= 0) {
                    break;
                }
                try {
                    return outcome.get(Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (cancelled.get()) {
                        break; // cancelled by the user: fall through to the grace period
                    }
                }
            }
            cancelled.set(true);
            return outcome.get(grace.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            AnalysisResult abandoned = failure(statusOfCancel(), "analysis did not stop when cancelled; abandoned");
            outcome.complete(abandoned);
            return outcome.getNow(abandoned);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled.set(true);
            return failure(Status.CANCELLED, "interrupted while waiting for the analysis");
        } catch (ExecutionException e) {
            return failure(Status.FAILED, "engine failed: " + describe(e.getCause()));
        }
    }
}
