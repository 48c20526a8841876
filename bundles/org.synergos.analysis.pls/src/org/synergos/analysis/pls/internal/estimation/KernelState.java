package org.synergos.analysis.pls.internal.estimation;

import org.synergos.analysis.pls.core.Measurement;
import org.synergos.analysis.pls.internal.model.CompiledModel;

/**
 * Mutable buffers of one {@link PlsKernel} run: inputs are the indicator correlation matrix, outputs are
 * the fields below. One instance per thread; reused across bootstrap draws so the hot loop allocates
 * nothing. Matrices are row-major; construct-by-construct matrices are k×k with {@code [from * k + to]}.
 */
public final class KernelState {

    public final CompiledModel model;
    final int p;
    final int k;

    /** Outer weights scaled to unit score variance. */
    public final double[] weights;
    /** Correlation of indicator a with construct score j: {@code crossLoadings[a * k + j]}. */
    public final double[] crossLoadings;
    /** Correlations of the construct scores. */
    public final double[] scoreCorrelations;
    /** Dijkstra–Henseler rhoA per construct (1 for single-indicator blocks). */
    public final double[] rhoA;
    /** Construct correlations used for the structural model (disattenuated when PLSc applies). */
    public final double[] constructCorrelations;
    /** Path coefficients {@code [from * k + to]}. */
    public final double[] paths;
    public final double[] rSquared;
    /** Reported loadings: PLSc-corrected for reflective constructs under PLSc, else cross-loadings of the own block. */
    public final double[] loadings;
    public int iterations;
    public double lastChange;

    final double[] previous;
    final double[] inner;
    final double[] proxy;
    final double[] blockFactors;
    final int[] blockFactorOffset;
    final double[] system;
    final double[] rhs;
    final double[] scoreSd;

    public KernelState(CompiledModel model) {
        this.model = model;
        this.p = model.indicatorCount;
        this.k = model.constructCount;
        weights = new double[p];
        previous = new double[p];
        crossLoadings = new double[p * k];
        scoreCorrelations = new double[k * k];
        rhoA = new double[k];
        constructCorrelations = new double[k * k];
        paths = new double[k * k];
        rSquared = new double[k];
        loadings = new double[p];
        inner = new double[k * k];
        proxy = new double[p];
        scoreSd = new double[k];
        blockFactorOffset = new int[k];
        int size = 0;
        for (int j = 0; j < k; j++) {
            blockFactorOffset[j] = size;
            if (model.measurement[j] == Measurement.COMPOSITE_MODE_B) {
                size += model.blockSize(j) * model.blockSize(j);
            }
        }
        blockFactors = new double[Math.max(1, size)];
        system = new double[k * k];
        rhs = new double[k];
    }

    /** The path coefficient {@code from → to}. */
    public double path(int from, int to) {
        return paths[from * k + to];
    }
}
