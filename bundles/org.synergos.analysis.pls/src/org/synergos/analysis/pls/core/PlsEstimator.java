package org.synergos.analysis.pls.core;

import java.util.List;

import org.synergos.analysis.pls.internal.data.DataPreparation;
import org.synergos.analysis.pls.internal.data.PreparedData;
import org.synergos.analysis.pls.internal.estimation.FittedSample;
import org.synergos.analysis.pls.internal.model.CompiledModel;

/**
 * Estimates a PLS path model (Wold 1982; Lohmöller 1989), with consistent PLS for reflective constructs
 * (Dijkstra &amp; Henseler 2015), reproducing seminr 2.3.2 {@code estimate_pls} (see {@link PlsOptions} for
 * the exact stop criterion). The algorithm works on the indicator correlation matrix; data are
 * standardised once (n − 1 divisor).
 */
public final class PlsEstimator {

    private PlsEstimator() {
    }

    /**
     * @param data rows × columns; {@link Double#NaN} marks a missing value
     * @param columnNames names of the data columns; every model indicator must be one of them
     * @throws IllegalArgumentException for unknown indicators, zero-variance indicators or too few rows
     * @throws NonConvergenceException when the weights do not converge
     * @throws IllegalStateException for a singular or inadmissible solution
     */
    public static PlsResult estimate(double[][] data, List<String> columnNames, PlsModel model, PlsOptions options) {
        CompiledModel compiled = new CompiledModel(model);
        PreparedData prepared = DataPreparation.prepare(data, columnNames, compiled, options.missingData());
        return estimatePrepared(prepared, compiled, options);
    }

    /**
     * Estimates the model on the rows {@code rows} (0-based, repeats allowed) of the data after
     * missing-data treatment, e.g. one stored bootstrap resample of another tool.
     */
    public static PlsResult estimateOnRows(double[][] data, List<String> columnNames, PlsModel model,
            PlsOptions options, int[] rows) {
        CompiledModel compiled = new CompiledModel(model);
        PreparedData prepared = DataPreparation.prepare(data, columnNames, compiled, options.missingData());
        for (int r : rows) {
            if (r < 0 || r >= prepared.n) {
                throw new IllegalArgumentException("row index " + r + " outside 0.." + (prepared.n - 1));
            }
        }
        return estimatePrepared(prepared.rows(rows), compiled, options);
    }

    static PlsResult estimatePrepared(PreparedData prepared, CompiledModel compiled, PlsOptions options) {
        FittedSample fit = FittedSample.fit(prepared, compiled, options);
        return new ResultAssembler(compiled, fit, options).assemble();
    }
}
