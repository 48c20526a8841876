package org.synergos.analysis.internal;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
import org.synergos.analysis.containment.PluginGuard;
import org.synergos.analysis.containment.PluginGuard.PluginExitError;
import org.synergos.analysis.containment.PluginGuard.PluginStoppedError;

/**
 * One engine run on its own thread, with cancellation and a time limit. Cancelling or reaching the limit
 * also stops the thread through {@link PluginGuard}: woven plugin code then throws at its next loop
 * iteration, so an engine that never polls {@code isCancelled()} stops too.
 */
final class RunningJob implements AnalysisJob {

    /** Stops runs at their time limit even when nobody awaits them. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "synergos-analysis-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final CompletableFuture<AnalysisResult> outcome = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final String engineId;
    private final String version;
    /** Who to name when the engine misbehaves: the engine and its bundle. */
    private final String origin;
    private volatile Thread thread;
    private final Duration timeLimit;
    private final Duration grace;
    private final long startNanos = System.nanoTime();

    private RunningJob(String engineId, String version, String origin, Duration timeLimit, Duration grace) {
        this.engineId = engineId;
        this.version = version;
        this.origin = origin;
        this.timeLimit = timeLimit;
        this.grace = grace;
    }

    static RunningJob finished(AnalysisResult result) {
        RunningJob job = new RunningJob(result.engineId(), result.engineVersion(), "", Duration.ZERO, Duration.ZERO);
        job.outcome.complete(result);
        return job;
    }

    static RunningJob start(String threadName, AnalysisEngine engine, EngineDescriptor descriptor, String origin,
            AnalysisInput input, Parameters parameters, AnalysisExecutor executor, AnalysisMonitor progress,
            Duration timeLimit, Duration grace) {
        RunningJob job = new RunningJob(descriptor.id(), descriptor.version(), origin, timeLimit, grace);
        AnalysisMonitor monitor = job.monitorFor(progress);
        AnalysisRequest request = new AnalysisRequest(input, parameters, executor);
        Thread thread = new Thread(() -> {
            try {
                job.outcome.complete(job.execute(engine, request, monitor));
            } finally {
                PluginGuard.release(Thread.currentThread());
            }
        }, threadName);
        thread.setDaemon(true);
        job.thread = thread;
        thread.start();
        if (timeLimit.compareTo(Duration.ofDays(1)) < 0) {
            WATCHDOG.schedule(job::stop, timeLimit.toNanos(), TimeUnit.NANOSECONDS);
        }
        return job;
    }

    /** Cancels and makes woven plugin code on the run's thread throw at its next loop iteration. */
    private void stop() {
        cancelled.set(true);
        Thread running = thread;
        if (running != null && !outcome.isDone()) {
            PluginGuard.stop(running);
        }
    }

    private AnalysisResult execute(AnalysisEngine engine, AnalysisRequest request, AnalysisMonitor monitor) {
        try {
            AnalysisResult result = engine.run(request, monitor);
            if (result == null) {
                return failure(Status.FAILED, "engine returned no result");
            }
            return cancelled.get() ? failure(statusOfCancel(), "analysis cancelled") : result;
        } catch (CancellationException | PluginStoppedError e) {
            return failure(statusOfCancel(), "analysis cancelled");
        } catch (PluginExitError e) {
            return failure(Status.FAILED, origin + " tried to end the runtime: " + e.getMessage());
        } catch (AnalysisException e) {
            return AnalysisResult.failure(engineId, version, Status.FAILED,
                    new Message(org.synergos.analysis.api.Severity.ERROR, e.getMessage(), e.elementId(), ""));
        } catch (OutOfMemoryError e) {
            return failure(Status.FAILED, origin + " ran out of memory (raise -Xmx in conf/jvm.options)");
        } catch (Throwable e) { // a plugin's bug must not escape into the runtime
            return failure(Status.FAILED, origin + " failed: " + describe(e));
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
            text = origin + " exceeded its time limit of " + timeLimit.toSeconds() + " s";
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
        stop();
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
            stop();
            return outcome.get(grace.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            AnalysisResult abandoned = failure(statusOfCancel(), origin + " did not stop when cancelled; abandoned");
            outcome.complete(abandoned);
            return outcome.getNow(abandoned);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return failure(Status.CANCELLED, "interrupted while waiting for the analysis");
        } catch (ExecutionException e) {
            return failure(Status.FAILED, origin + " failed: " + describe(e.getCause()));
        }
    }
}
