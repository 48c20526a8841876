package org.synergos.analysis.pls.internal.predict;

import java.util.SplittableRandom;

import org.synergos.analysis.pls.core.PlsOptions;
import org.synergos.analysis.pls.internal.bootstrap.ResampleSource;
import org.synergos.analysis.pls.internal.data.Correlations;
import org.synergos.analysis.pls.internal.data.PreparedData;
import org.synergos.analysis.pls.internal.estimation.FittedSample;
import org.synergos.analysis.pls.internal.linalg.SmallCholesky;
import org.synergos.analysis.pls.internal.model.CompiledModel;
import org.synergos.analysis.pls.internal.quality.EffectDecomposition;

/**
 * PLSpredict (Shmueli, Ray, Velasquez Estrada &amp; Chatla 2016; Shmueli et al. 2019): k-fold
 * cross-validation repeated r times. Per fold the model is estimated on the training rows; the hold-out
 * rows are standardised with the training moments, exogenous construct scores computed with the training
 * weights, endogenous scores predicted through the structural model from the exogenous ones (earliest
 * antecedents: total effects) and each endogenous indicator as {@code λ_a η̂_j}, back-transformed to raw
 * units. Benchmark LM: OLS (with intercept) of each endogenous indicator on all indicators of the exogenous
 * constructs, fitted on the training rows. {@code Q²predict = 1 − SSE/Σ(y − ȳ_training)²}. Metrics are
 * computed per repetition over all n hold-out predictions and averaged over repetitions.
 */
public final class PlsPredictEngine {

    /** Per indicator (model order; NaN for non-endogenous indicators): PLS and LM RMSE, MAE, Q²predict. */
    public record Outcome(double[] plsRmse, double[] plsMae, double[] plsQ2, double[] lmRmse, double[] lmMae,
            double[] lmQ2) {
    }

    private PlsPredictEngine() {
    }

    public static Outcome run(PreparedData data, CompiledModel m, PlsOptions options, int folds, int repetitions) {
        int n = data.n;
        int p = data.p;
        int k = m.constructCount;
        double[][] acc = new double[6][p];
        int[] exoIndicators = java.util.stream.IntStream.range(0, p)
                .filter(a -> m.predecessors[m.blockOf[a]].length == 0).toArray();
        for (int rep = 0; rep < repetitions; rep++) {
            int[] order = shuffled(n, new SplittableRandom(ResampleSource.mix(options.seed(), rep)));
            double[] sse = new double[p];
            double[] sae = new double[p];
            double[] ssNaive = new double[p];
            double[] sseLm = new double[p];
            double[] saeLm = new double[p];
            for (int f = 0; f < folds; f++) {
                int[] test = fold(order, folds, f, true);
                int[] train = fold(order, folds, f, false);
                PreparedData training = data.rows(train);
                FittedSample fit = FittedSample.fit(training, m, options);
                double[] total = EffectDecomposition.total(fit.state.paths, k);
                double[][] lmBeta = linearModels(fit.correlations, m, exoIndicators, p);
                for (int i : test) {
                    double[] zx = new double[p];
                    for (int a = 0; a < p; a++) {
                        zx[a] = (data.raw[a * n + i] - fit.means[a]) / fit.sds[a];
                    }
                    double[] xi = new double[k];
                    for (int a : exoIndicators) {
                        xi[m.blockOf[a]] += fit.state.weights[a] * zx[a];
                    }
                    for (int j : m.endogenous) {
                        double eta = 0;
                        for (int e = 0; e < k; e++) {
                            if (m.predecessors[e].length == 0) {
                                eta += total[e * k + j] * xi[e];
                            }
                        }
                        for (int a = m.blockStart[j]; a < m.blockEnd[j]; a++) {
                            double y = data.raw[a * n + i];
                            double pls = fit.means[a] + fit.sds[a] * fit.state.loadings[a] * eta;
                            double lm = fit.means[a];
                            for (int r = 0; r < exoIndicators.length; r++) {
                                lm += fit.sds[a] * lmBeta[a][r] * zx[exoIndicators[r]];
                            }
                            sse[a] += (y - pls) * (y - pls);
                            sae[a] += Math.abs(y - pls);
                            sseLm[a] += (y - lm) * (y - lm);
                            saeLm[a] += Math.abs(y - lm);
                            ssNaive[a] += (y - fit.means[a]) * (y - fit.means[a]);
                        }
                    }
                }
            }
            for (int a = 0; a < p; a++) {
                acc[0][a] += Math.sqrt(sse[a] / n);
                acc[1][a] += sae[a] / n;
                acc[2][a] += 1 - sse[a] / ssNaive[a];
                acc[3][a] += Math.sqrt(sseLm[a] / n);
                acc[4][a] += saeLm[a] / n;
                acc[5][a] += 1 - sseLm[a] / ssNaive[a];
            }
        }
        for (int a = 0; a < p; a++) {
            boolean endogenous = m.predecessors[m.blockOf[a]].length > 0;
            for (double[] metric : acc) {
                metric[a] = endogenous ? metric[a] / repetitions : Double.NaN;
            }
        }
        return new Outcome(acc[0], acc[1], acc[2], acc[3], acc[4], acc[5]);
    }

    /** Standardised OLS coefficients of every endogenous indicator on the exogenous indicators. */
    private static double[][] linearModels(double[] s, CompiledModel m, int[] x, int p) {
        int q = x.length;
        double[] factor = new double[q * q];
        SmallCholesky.gather(s, p, x, factor);
        if (!SmallCholesky.factor(factor, q)) {
            throw new IllegalStateException("LM benchmark: exogenous indicators are collinear");
        }
        double[][] beta = new double[p][];
        for (int a = 0; a < p; a++) {
            if (m.predecessors[m.blockOf[a]].length == 0) {
                continue;
            }
            double[] b = new double[q];
            for (int r = 0; r < q; r++) {
                b[r] = s[x[r] * p + a];
            }
            SmallCholesky.solve(factor, q, b);
            beta[a] = b;
        }
        return beta;
    }

    private static int[] shuffled(int n, SplittableRandom rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static int[] fold(int[] order, int folds, int f, boolean inFold) {
        return java.util.stream.IntStream.range(0, order.length).filter(i -> (i % folds == f) == inFold)
                .map(i -> order[i]).sorted().toArray();
    }
}
