package org.synergos.analysis.pls.internal.predict;

import org.synergos.analysis.pls.core.PlsOptions;
import org.synergos.analysis.pls.internal.data.Correlations;
import org.synergos.analysis.pls.internal.data.PreparedData;
import org.synergos.analysis.pls.internal.estimation.FittedSample;
import org.synergos.analysis.pls.internal.model.CompiledModel;

/**
 * Blindfolding with the cross-validated redundancy approach (Stone 1974; Geisser 1974; as SmartPLS 3
 * reports Q²). For an endogenous construct j with q indicators the n·q data points of its block are
 * numbered down the indicator columns ({@code t = a·n + i}, so every
 * round omits points of every indicator as long as n is not a multiple of D, the usual requirement); round d = 0..D−1 omits the points with {@code t mod D = d},
 * replaces them by the mean of the remaining values of their indicator, re-estimates the model, predicts the
 * construct from its predecessors' scores with the path coefficients, {@code ŷ_j = Σ b_ij y_i}, and each
 * omitted point as {@code λ_a ŷ_j} (back-transformed to the full-data z-scale). Then
 * {@code Q² = 1 − SSE/SSO} with SSO the squared deviations from the full-data mean, summed over all rounds.
 */
public final class BlindfoldingEngine {

    /** Q², SSE and SSO per construct (NaN for exogenous constructs). */
    public record Outcome(double[] q2, double[] sse, double[] sso) {
    }

    private BlindfoldingEngine() {
    }

    public static Outcome run(PreparedData data, CompiledModel m, PlsOptions options, int omissionDistance) {
        int n = data.n;
        int p = data.p;
        int k = m.constructCount;
        double[] means = new double[p];
        double[] sds = new double[p];
        double[] z = Correlations.standardize(data.raw, n, p, means, sds);
        if (z == null) {
            throw new IllegalArgumentException("an indicator has zero variance");
        }
        if (n % omissionDistance == 0) {
            throw new IllegalArgumentException("omission distance " + omissionDistance + " divides the number of rows "
                    + n + "; choose another");
        }
        double[] q2 = new double[k];
        double[] sse = new double[k];
        double[] sso = new double[k];
        java.util.Arrays.fill(q2, Double.NaN);
        for (int j : m.endogenous) {
            int b0 = m.blockStart[j];
            int q = m.blockSize(j);
            for (int d = 0; d < omissionDistance; d++) {
                double[] modified = z.clone();
                boolean[] omitted = new boolean[n * q];
                for (int a = 0; a < q; a++) {
                    double sum = 0;
                    int kept = 0;
                    for (int i = 0; i < n; i++) {
                        if (((long) a * n + i) % omissionDistance == d) {
                            omitted[i * q + a] = true;
                        } else {
                            sum += z[(b0 + a) * n + i];
                            kept++;
                        }
                    }
                    double mean = sum / kept;
                    for (int i = 0; i < n; i++) {
                        if (omitted[i * q + a]) {
                            modified[(b0 + a) * n + i] = mean;
                        }
                    }
                }
                FittedSample fit = FittedSample.fit(new PreparedData(n, p, modified, data.rowsUsed, 0), m, options);
                double[] scores = fit.scores();
                for (int i = 0; i < n; i++) {
                    double predicted = 0;
                    for (int pred : m.predecessors[j]) {
                        predicted += fit.state.path(pred, j) * scores[i * k + pred];
                    }
                    for (int a = 0; a < q; a++) {
                        if (!omitted[i * q + a]) {
                            continue;
                        }
                        int col = b0 + a;
                        double xHat = fit.means[col] + fit.sds[col] * fit.state.loadings[col] * predicted;
                        double x = z[col * n + i];
                        sse[j] += (x - xHat) * (x - xHat);
                        sso[j] += x * x;
                    }
                }
            }
            q2[j] = 1 - sse[j] / sso[j];
        }
        return new Outcome(q2, sse, sso);
    }
}
