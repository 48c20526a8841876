package org.synergos.analysis.pls.core;

import java.util.List;

import org.synergos.analysis.pls.internal.data.CorrelationInput;
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

    /**
     * Estimates the model from the correlation matrix of its indicators and the number of observations,
     * without the cases: the same algorithm as {@link #estimate}, which itself works on the correlations of
     * the standardised data. Everything that is a function of the correlations comes out as from the data
     * (weights, loadings, paths, R², adjusted R², f², effects, reliability, HTMT, Fornell–Larcker,
     * cross-loadings, VIF, SRMR, PLSc, AIC/BIC); what needs the cases does not: {@link PlsResult#constructScores()}
     * and {@link PlsResult#rowsUsed()} refuse, and bootstrap, PLSpredict and blindfolding take rows.
     *
     * @param correlations full symmetric matrix over {@code names} (unit diagonal; other variables allowed)
     * @param n the number of observations the correlations were computed from (enters adjusted R², AIC, BIC)
     * @throws IllegalArgumentException for unknown indicators, a matrix that is not a correlation matrix
     *             (asymmetric, diagonal ≠ 1, |r| &gt; 1, not positive semi-definite), n &lt; 3, or
     *             mean replacement (a missing-data treatment needs the cases)
     * @throws NonConvergenceException when the weights do not converge
     * @throws IllegalStateException for a singular or inadmissible solution
     */
    public static PlsResult estimateFromCorrelations(double[][] correlations, List<String> names, int n,
            PlsModel model, PlsOptions options) {
        return fromMatrix(correlations, names, n, model, options, false);
    }

    /**
     * As {@link #estimateFromCorrelations} from a covariance matrix, which enters through its correlations
     * {@code s_ij / √(s_ii s_jj)} (PLS standardises the indicators; scale and means do not matter).
     */
    public static PlsResult estimateFromCovariances(double[][] covariances, List<String> names, int n,
            PlsModel model, PlsOptions options) {
        return fromMatrix(covariances, names, n, model, options, true);
    }

    private static PlsResult fromMatrix(double[][] matrix, List<String> names, int n, PlsModel model,
            PlsOptions options, boolean covariances) {
        if (options.missingData() != MissingDataTreatment.LISTWISE) {
            throw new IllegalArgumentException("missing-data treatment " + options.missingData() + " needs the cases; "
                    + "a correlation matrix has none (it was computed from complete data)");
        }
        CompiledModel compiled = new CompiledModel(model);
        double[] s = CorrelationInput.select(matrix, names, n, compiled, covariances);
        FittedSample fit = FittedSample.ofCorrelations(s, n, compiled, options);
        return new ResultAssembler(compiled, fit, options).assemble();
    }

    static PlsResult estimatePrepared(PreparedData prepared, CompiledModel compiled, PlsOptions options) {
        FittedSample fit = FittedSample.fit(prepared, compiled, options);
        return new ResultAssembler(compiled, fit, options).assemble();
    }
}
