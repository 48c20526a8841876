package org.synergos.analysis.pls.internal.estimation;

import org.synergos.analysis.pls.core.NonConvergenceException;
import org.synergos.analysis.pls.core.PlsOptions;
import org.synergos.analysis.pls.internal.data.Correlations;
import org.synergos.analysis.pls.internal.data.PreparedData;
import org.synergos.analysis.pls.internal.model.CompiledModel;

/**
 * A sample standardised and estimated: z-scores, column moments, indicator correlations and the kernel
 * state. {@link #fit} throws on failure with a message naming the cause. {@link #ofCorrelations} estimates
 * from a given indicator correlation matrix: then there are no cases, and {@link #data}, {@link #z},
 * {@link #means} and {@link #sds} are null.
 */
public final class FittedSample {

    /** Number of observations (rows used, or the n of a correlation matrix). */
    public final int n;
    public final PreparedData data;
    public final double[] z;
    public final double[] means;
    public final double[] sds;
    public final double[] correlations;
    public final KernelState state;

    private FittedSample(int n, PreparedData data, double[] z, double[] means, double[] sds, double[] correlations,
            KernelState state) {
        this.n = n;
        this.data = data;
        this.z = z;
        this.means = means;
        this.sds = sds;
        this.correlations = correlations;
        this.state = state;
    }

    public static FittedSample fit(PreparedData data, CompiledModel model, PlsOptions options) {
        int p = data.p;
        double[] means = new double[p];
        double[] sds = new double[p];
        double[] z = Correlations.standardize(data.raw, data.n, p, means, sds);
        if (z == null) {
            throw new IllegalArgumentException("indicator '" + model.indicatorNames.get(zeroVarianceColumn(data))
                    + "' has zero variance");
        }
        double[] s = new double[p * p];
        Correlations.ofStandardized(z, data.n, p, s);
        return new FittedSample(data.n, data, z, means, sds, s, run(s, model, options));
    }

    /**
     * Estimates from the indicator correlation matrix {@code s} (row-major, the model's indicators in model
     * order, unit diagonal, symmetric) of {@code n} observations; the caller has checked it.
     */
    public static FittedSample ofCorrelations(double[] s, int n, CompiledModel model, PlsOptions options) {
        double[] copy = s.clone();
        return new FittedSample(n, null, null, null, null, copy, run(copy, model, options));
    }

    private static KernelState run(double[] s, CompiledModel model, PlsOptions options) {
        KernelState state = new KernelState(model);
        KernelStatus status = PlsKernel.run(s, state, options);
        switch (status) {
            case OK:
                break;
            case NOT_CONVERGED:
                throw new NonConvergenceException(state.iterations + 1, state.lastChange, options.tolerance());
            case SINGULAR:
                throw new IllegalStateException("singular correlation matrix in the PLS estimation "
                        + "(collinear indicators of a Mode B block or collinear predictors)");
            default:
                throw new IllegalStateException("inadmissible PLS solution (non-finite estimate, e.g. a negative "
                        + "PLSc reliability)");
        }
        return state;
    }

    private static int zeroVarianceColumn(PreparedData data) {
        double[] one = new double[1];
        for (int a = 0; a < data.p; a++) {
            double[] column = java.util.Arrays.copyOfRange(data.raw, a * data.n, (a + 1) * data.n);
            if (Correlations.standardize(column, data.n, 1, one, one.clone()) == null) {
                return a;
            }
        }
        return 0;
    }

    /** Construct scores {@code [i * k + j]} of the standardised rows; null without cases. */
    public double[] scores() {
        if (z == null) {
            return null;
        }
        CompiledModel m = state.model;
        int n = data.n;
        int k = m.constructCount;
        double[] out = new double[n * k];
        for (int j = 0; j < k; j++) {
            for (int a = m.blockStart[j]; a < m.blockEnd[j]; a++) {
                double w = state.weights[a];
                int off = a * n;
                for (int i = 0; i < n; i++) {
                    out[i * k + j] += z[off + i] * w;
                }
            }
        }
        return out;
    }
}
