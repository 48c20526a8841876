package org.synergos.analysis.mcpower.internal.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Runs R replications: replication r draws n cases from the population with its own stream (see
 * {@link Streams}), fits them and keeps one row of results; workers take replications from a shared counter.
 * The summaries are formed afterwards in replication order, so every figure is bit-identical for any number of
 * threads. Replications whose fit fails are counted by reason, left out of every summary and reported.
 */
public final class MonteCarlo {

    private MonteCarlo() {
    }

    /**
     * @param progress receives 1 per finished replication, from the worker threads
     * @param cancelled polled before each replication; when it turns true the run stops with
     *        {@link CancellationException}
     */
    public static Summary run(Population population, ReplicationFitter fitter, int targets, int n, int replications,
            long seed, int threads, IntConsumer progress, BooleanSupplier cancelled) {
        double[][] chol = population.cholesky();
        ReplicationFitter.Fit[] fits = new ReplicationFitter.Fit[replications];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int r = next.getAndIncrement(); r < replications; r = next.getAndIncrement()) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("analysis cancelled");
                }
                java.util.SplittableRandom random = Streams.replication(seed, r);
                double[][] data = Streams.normal(chol, n, random);
                fits[r] = fitter.fit(data, random);
                progress.accept(1);
            }
        };
        int workers = Math.max(1, Math.min(threads, replications));
        if (workers == 1) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "monte-carlo-power");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int w = 0; w < workers; w++) {
                    futures.add(pool.submit(worker));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("analysis interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return Summary.of(fits, targets, n);
    }

    /**
     * Summaries over the converged replications, per target: sums in replication order.
     *
     * @param n the sample size of every replication
     * @param converged replications whose fit succeeded
     * @param failures failed replications by reason
     */
    public record Summary(int n, int replications, int converged, Map<String, Integer> failures, double[] meanEstimate,
            double[] empiricalSd, double[] meanSe, double[] power, double[][] estimates, boolean[][] significant,
            double[][] lower, double[][] upper) {

        static Summary of(ReplicationFitter.Fit[] fits, int k, int n) {
            Map<String, Integer> failures = new TreeMap<>();
            int ok = 0;
            for (ReplicationFitter.Fit f : fits) {
                if (f.ok()) {
                    ok++;
                } else {
                    failures.merge(f.failure(), 1, Integer::sum);
                }
            }
            double[][] est = new double[k][ok];
            boolean[][] sig = new boolean[k][ok];
            double[][] lo = new double[k][ok];
            double[][] hi = new double[k][ok];
            double[] mean = new double[k];
            double[] sd = new double[k];
            double[] se = new double[k];
            double[] power = new double[k];
            int i = 0;
            for (ReplicationFitter.Fit f : fits) {
                if (!f.ok()) {
                    continue;
                }
                for (int t = 0; t < k; t++) {
                    est[t][i] = f.estimate()[t];
                    sig[t][i] = f.significant()[t];
                    lo[t][i] = f.lower()[t];
                    hi[t][i] = f.upper()[t];
                    mean[t] += f.estimate()[t];
                    se[t] += f.se()[t];
                    power[t] += f.significant()[t] ? 1 : 0;
                }
                i++;
            }
            for (int t = 0; t < k; t++) {
                mean[t] /= ok;
                se[t] /= ok;
                power[t] /= ok;
                double ss = 0;
                for (int j = 0; j < ok; j++) {
                    double d = est[t][j] - mean[t];
                    ss += d * d;
                }
                sd[t] = ok > 1 ? Math.sqrt(ss / (ok - 1)) : Double.NaN;
            }
            return new Summary(n, fits.length, ok, failures, mean, sd, se, power, est, sig, lo, hi);
        }

        /** Monte Carlo standard error of the power estimate, √(p(1 − p)/R_converged). */
        public double powerSe(int t) {
            return Math.sqrt(power[t] * (1 - power[t]) / converged);
        }

        /** Share of converged replications whose 95% CI contains {@code value}. */
        public double coverage(int t, double value) {
            int in = 0;
            for (int j = 0; j < converged; j++) {
                if (lower[t][j] <= value && value <= upper[t][j]) {
                    in++;
                }
            }
            return converged == 0 ? Double.NaN : (double) in / converged;
        }
    }
}
