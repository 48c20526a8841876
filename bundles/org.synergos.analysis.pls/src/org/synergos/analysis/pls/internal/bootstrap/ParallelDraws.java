package org.synergos.analysis.pls.internal.bootstrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.synergos.analysis.pls.core.PlsOptions;
import org.synergos.analysis.pls.core.ProgressListener;
import org.synergos.analysis.pls.internal.data.PreparedData;
import org.synergos.analysis.pls.internal.data.ResampleCorrelations;
import org.synergos.analysis.pls.internal.model.CompiledModel;

/**
 * Evaluates every draw of a {@link ResampleSource} on {@code threads} worker threads. Draw b always
 * lands in row b and depends only on (source, b), so the output is identical for any thread count.
 */
public final class ParallelDraws {

    /** Draws (rows; NaN for failed draws) and their status. */
    public record Outcome(double[][] estimates, DrawStatus[] status) {
    }

    private ParallelDraws() {
    }

    public static Outcome run(PreparedData data, CompiledModel model, PlsOptions options, StatisticLayout layout,
            ResampleSource source, int threads, ProgressListener progress, BooleanSupplier cancelled) {
        int draws = source.draws();
        double[][] estimates = new double[draws][];
        DrawStatus[] status = new DrawStatus[draws];
        Arrays.fill(status, DrawStatus.NOT_RUN);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, draws / 100);
        ResampleCorrelations correlations = new ResampleCorrelations(data);
        Runnable worker = () -> {
            DrawEvaluator evaluator = new DrawEvaluator(correlations, model, options, layout);
            for (int b = next.getAndIncrement(); b < draws; b = next.getAndIncrement()) {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                double[] out = new double[layout.size()];
                DrawStatus st = evaluator.evaluate(source, b, out);
                if (st != DrawStatus.OK) {
                    Arrays.fill(out, Double.NaN);
                }
                estimates[b] = out;
                status[b] = st;
                int completed = done.incrementAndGet();
                if (completed % step == 0 || completed == draws) {
                    synchronized (progress) {
                        progress.progress(completed, draws);
                    }
                }
            }
        };
        int n = Math.max(1, Math.min(threads, draws));
        if (n == 1) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
                Thread t = new Thread(r, "pls-bootstrap");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < n; t++) {
                    futures.add(pool.submit(worker));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("bootstrap interrupted");
            } catch (ExecutionException e) {
                throw new IllegalStateException("bootstrap worker failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        if (cancelled.getAsBoolean() && done.get() < draws) {
            throw new CancellationException("bootstrap cancelled after " + done.get() + " of " + draws + " draws");
        }
        return new Outcome(estimates, status);
    }
}
