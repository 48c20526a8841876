package org.synergos.analysis.cbsem.internal.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.synergos.analysis.cbsem.core.SemException;
import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.estimate.GroupSample;
import org.synergos.analysis.cbsem.internal.estimate.InformationMatrices;
import org.synergos.analysis.cbsem.internal.model.Dense;
import org.synergos.analysis.cbsem.internal.estimate.ModelFitter;
import org.synergos.analysis.cbsem.internal.estimate.SaturatedEm;

/**
 * Ordinary nonparametric bootstrap (Efron &amp; Tibshirani 1993; Bollen &amp; Stine 1992 for SEM):
 * cases are resampled with replacement within groups and the model refitted from the original
 * estimates (inverse information of the original sample as the optimiser's initial metric). All resample indices are drawn up front from one seeded generator, so results are
 * identical for any number of worker threads; failed draws (non-convergence) are dropped and counted, and
 * inadmissible ones (lavaan's post-check, {@link Admissibility}) are kept and counted, as lavaan does.
 */
public final class Bootstrapper {

    /**
     * @param estimates successful draws × q free-parameter estimates
     * @param failed number of draws that did not converge (or failed otherwise); not in {@code estimates}
     * @param inadmissible number of successful draws with an inadmissible solution; in {@code estimates}
     */
    public record Draws(double[][] estimates, int failed, int inadmissible) {
    }

    /** One refit: its estimates, or null when it failed. */
    private record Draw(double[] theta, boolean admissible) {
    }

    private Bootstrapper() {
    }

    public static Draws run(FittedModel fm, int draws, long seed, int threads, int maxIterations, double tolerance) {
        List<GroupSample> samples = fm.samples();
        int groups = samples.size();
        SplittableRandom random = new SplittableRandom(seed);
        int[][][] index = new int[draws][groups][];
        for (int b = 0; b < draws; b++) {
            for (int g = 0; g < groups; g++) {
                int n = samples.get(g).n();
                int[] idx = new int[n];
                for (int i = 0; i < n; i++) {
                    idx[i] = random.nextInt(n);
                }
                index[b][g] = idx;
            }
        }
        Draw[] results = new Draw[draws];
        double[] start = fm.theta();
        double[] metric = Dense.inverseSpd(InformationMatrices.expected(fm), start.length);
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int b = next.getAndIncrement(); b < draws; b = next.getAndIncrement()) {
                results[b] = fitOne(fm, index[b], start, metric, maxIterations, tolerance);
            }
        };
        int workers = Math.max(1, Math.min(threads, draws));
        if (workers == 1) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "cbsem-bootstrap");
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
                throw new SemException("bootstrap interrupted");
            } catch (java.util.concurrent.ExecutionException e) {
                throw new SemException("bootstrap failed: " + e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        List<double[]> ok = new ArrayList<>();
        int inadmissible = 0;
        for (Draw r : results) {
            if (r.theta() != null) {
                ok.add(r.theta());
                inadmissible += r.admissible() ? 0 : 1;
            }
        }
        return new Draws(ok.toArray(new double[0][]), draws - ok.size(), inadmissible);
    }

    private static Draw fitOne(FittedModel fm, int[][] index, double[] start, double[] metric, int maxIterations,
            double tolerance) {
        List<GroupSample> resampled = new ArrayList<>();
        List<SaturatedEm.Moments> h1 = new ArrayList<>();
        for (int g = 0; g < index.length; g++) {
            double[][] rows = fm.samples().get(g).rows();
            double[][] draw = new double[index[g].length][];
            for (int i = 0; i < draw.length; i++) {
                draw[i] = rows[index[g][i]];
            }
            GroupSample s = new GroupSample(draw);
            resampled.add(s);
            h1.add(SaturatedEm.estimate(s));
        }
        try {
            FittedModel b = ModelFitter.fit(fm.table(), resampled, h1, fm.fiml(), start, metric, maxIterations, tolerance);
            return b.convergence().converged() ? new Draw(b.theta(), Admissibility.admissible(b)) : new Draw(null, false);
        } catch (RuntimeException e) {
            return new Draw(null, false);
        }
    }

    /**
     * Covariance matrix of the draws with divisor n, q×q row-major: lavaan's bootstrap vcov is
     * {@code cov(draws) * (n - 1) / n} (its defined parameters' SEs, by contrast, use n - 1; see {@code Evaluation}).
     */
    public static double[] covariance(double[][] draws, int q) {
        int n = draws.length;
        double[] mean = new double[q];
        for (double[] d : draws) {
            for (int k = 0; k < q; k++) {
                mean[k] += d[k] / n;
            }
        }
        double[] cov = new double[q * q];
        for (double[] d : draws) {
            for (int k = 0; k < q; k++) {
                for (int l = 0; l < q; l++) {
                    cov[k * q + l] += (d[k] - mean[k]) * (d[l] - mean[l]) / n;
                }
            }
        }
        return cov;
    }
}
