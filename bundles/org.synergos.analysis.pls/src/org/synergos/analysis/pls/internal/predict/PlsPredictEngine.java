package org.synergos.analysis.pls.internal.predict;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.synergos.analysis.pls.core.PlsOptions;
import org.synergos.analysis.pls.core.PlsPredictBenchmark;
import org.synergos.analysis.pls.core.PlsPredictSettings;
import org.synergos.analysis.pls.core.PlsPredictTechnique;
import org.synergos.analysis.pls.internal.bootstrap.ResampleSource;
import org.synergos.analysis.pls.internal.data.PreparedData;
import org.synergos.analysis.pls.internal.estimation.FittedSample;
import org.synergos.analysis.pls.internal.linalg.SmallCholesky;
import org.synergos.analysis.pls.internal.model.CompiledModel;
import org.synergos.analysis.pls.internal.quality.EffectDecomposition;

/**
 * PLSpredict (Shmueli, Ray, Velasquez Estrada &amp; Chatla 2016; Shmueli et al. 2019; Danks 2021): k-fold
 * cross-validation repeated r times. Per fold the model is estimated on the training rows; every hold-out
 * row is standardised with the training moments and its construct scores formed with the training outer
 * weights. An endogenous construct is predicted from its direct antecedents' scores through the path
 * coefficients, or from the exogenous constructs' scores through the total effects (earliest
 * antecedents); each of its indicators as {@code λ_a η̂_j}, back-transformed to raw units. The LM benchmark
 * is OLS with intercept of each endogenous indicator on the indicators {@link PlsPredictBenchmark} names,
 * fitted on the training rows. {@code Q²predict = 1 − SSE/Σ(y − ȳ_training)²}.
 *
 * <p>Metrics are computed per repetition over all n hold-out predictions, then averaged over repetitions:
 * the mean of the repetitions' cross-validation errors. seminr 2.3.2 instead averages each row's
 * predictions over the repetitions and computes the metrics once, which rewards the averaging itself
 * (lower RMSE as repetitions grow); both agree for one repetition.
 */
public final class PlsPredictEngine {

    /**
     * Per indicator (model order; NaN for non-endogenous indicators): PLS and LM RMSE, MAE, Q²predict; and
     * the hold-out predictions {@code [i * p + a]} in raw units, averaged over the repetitions.
     */
    public record Outcome(double[] plsRmse, double[] plsMae, double[] plsQ2, double[] lmRmse, double[] lmMae,
            double[] lmQ2, double[] plsPredictions, double[] lmPredictions) {
    }

    private PlsPredictEngine() {
    }

    public static Outcome run(PreparedData data, CompiledModel m, PlsOptions options, PlsPredictSettings settings) {
        int n = data.n;
        int p = data.p;
        int k = m.constructCount;
        int folds = settings.folds();
        int repetitions = settings.repetitions();
        int[][] lmPredictors = lmPredictors(m, settings);
        double[][] acc = new double[6][p];
        double[] plsPredictions = new double[n * p];
        double[] lmPredictions = new double[n * p];
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
                FittedSample fit = FittedSample.fit(data.rows(train), m, options);
                double[][] from = antecedentWeights(fit, m, settings.technique());
                double[][] lmBeta = linearModels(fit.correlations, m, lmPredictors, p);
                double[] zx = new double[p];
                double[] xi = new double[k];
                for (int i : test) {
                    for (int a = 0; a < p; a++) {
                        zx[a] = (data.raw[a * n + i] - fit.means[a]) / fit.sds[a];
                    }
                    Arrays.fill(xi, 0);
                    for (int a = 0; a < p; a++) {
                        xi[m.blockOf[a]] += fit.state.weights[a] * zx[a];
                    }
                    for (int j : m.endogenous) {
                        double eta = 0;
                        for (int e = 0; e < k; e++) {
                            eta += from[j][e] * xi[e];
                        }
                        for (int a = m.blockStart[j]; a < m.blockEnd[j]; a++) {
                            double y = data.raw[a * n + i];
                            double pls = fit.means[a] + fit.sds[a] * fit.state.loadings[a] * eta;
                            double lm = fit.means[a];
                            int[] x = lmPredictors[j];
                            for (int r = 0; r < x.length; r++) {
                                lm += fit.sds[a] * lmBeta[a][r] * zx[x[r]];
                            }
                            sse[a] += (y - pls) * (y - pls);
                            sae[a] += Math.abs(y - pls);
                            sseLm[a] += (y - lm) * (y - lm);
                            saeLm[a] += Math.abs(y - lm);
                            ssNaive[a] += (y - fit.means[a]) * (y - fit.means[a]);
                            plsPredictions[i * p + a] += pls / repetitions;
                            lmPredictions[i * p + a] += lm / repetitions;
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
            if (!endogenous) {
                for (int i = 0; i < n; i++) {
                    plsPredictions[i * p + a] = Double.NaN;
                    lmPredictions[i * p + a] = Double.NaN;
                }
            }
        }
        return new Outcome(acc[0], acc[1], acc[2], acc[3], acc[4], acc[5], plsPredictions, lmPredictions);
    }

    /**
     * {@code [j][e]}: the weight of construct e's hold-out score in the prediction of endogenous construct j
     * (path coefficients of the direct antecedents, or total effects of the exogenous constructs).
     */
    private static double[][] antecedentWeights(FittedSample fit, CompiledModel m, PlsPredictTechnique technique) {
        int k = m.constructCount;
        double[] total = technique == PlsPredictTechnique.EARLIEST_ANTECEDENTS
                ? EffectDecomposition.total(fit.state.paths, k)
                : null;
        double[][] weights = new double[k][k];
        for (int j : m.endogenous) {
            if (total == null) {
                for (int e : m.predecessors[j]) {
                    weights[j][e] = fit.state.path(e, j);
                }
            } else {
                for (int e : exogenous(m)) {
                    weights[j][e] = total[e * k + j];
                }
            }
        }
        return weights;
    }

    /** Per endogenous construct, the indicators its LM benchmark regresses on (ascending). */
    static int[][] lmPredictors(CompiledModel m, PlsPredictSettings settings) {
        int[][] predictors = new int[m.constructCount][];
        for (int j : m.endogenous) {
            int[] constructs;
            if (settings.benchmark() == PlsPredictBenchmark.ALL_OTHER_INDICATORS) {
                int own = j;
                constructs = IntStream.range(0, m.constructCount).filter(e -> e != own).toArray();
            } else if (settings.technique() == PlsPredictTechnique.DIRECT_ANTECEDENTS) {
                constructs = m.predecessors[j];
            } else {
                constructs = exogenous(m);
            }
            predictors[j] = Arrays.stream(constructs).flatMap(e -> IntStream.range(m.blockStart[e], m.blockEnd[e]))
                    .sorted().toArray();
        }
        return predictors;
    }

    /** Constructs with successors and no predecessors (isolated constructs take no part in the prediction). */
    private static int[] exogenous(CompiledModel m) {
        return IntStream.range(0, m.constructCount)
                .filter(e -> m.predecessors[e].length == 0 && m.successors[e].length > 0).toArray();
    }

    /** Standardised OLS coefficients {@code [a][r]} of every endogenous indicator on its construct's predictors. */
    private static double[][] linearModels(double[] s, CompiledModel m, int[][] predictors, int p) {
        double[][] beta = new double[p][];
        for (int j : m.endogenous) {
            int[] x = predictors[j];
            int q = x.length;
            double[] factor = new double[q * q];
            SmallCholesky.gather(s, p, x, factor);
            if (!SmallCholesky.factor(factor, q)) {
                throw new IllegalStateException("LM benchmark of '" + m.constructNames.get(j)
                        + "': its predictor indicators are collinear");
            }
            for (int a = m.blockStart[j]; a < m.blockEnd[j]; a++) {
                double[] b = new double[q];
                for (int r = 0; r < q; r++) {
                    b[r] = s[x[r] * p + a];
                }
                SmallCholesky.solve(factor, q, b);
                beta[a] = b;
            }
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
        return IntStream.range(0, order.length).filter(i -> (i % folds == f) == inFold).map(i -> order[i]).sorted()
                .toArray();
    }
}
