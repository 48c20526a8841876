package org.synergos.analysis.pls.internal.estimation;

import org.synergos.analysis.pls.core.NonConvergenceException;
import org.synergos.analysis.pls.core.PlsOptions;
import org.synergos.analysis.pls.internal.data.Correlations;
import org.synergos.analysis.pls.internal.data.PreparedData;
import org.synergos.analysis.pls.internal.model.CompiledModel;

/**
 * A sample standardised and estimated: z-scores, column moments, indicator correlations and the kernel
 * state. {@link #fit} throws on failure with a message naming the cause.
 */
public final class FittedSample {

    public final PreparedData data;
    public final double[] z;
    public final double[] means;
    public final double[] sds;
    public final double[] correlations;
    public final KernelState state;

    private FittedSample(PreparedData data, double[] z, double[] means, double[] sds, double[] correlations,
            KernelState state) {
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
        return new FittedSample(data, z, means, sds, s, state);
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

    /** Construct scores {@code [i * k + j]} of the standardised rows. */
    public double[] scores() {
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
