package org.synergos.analysis.pls.internal.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.synergos.analysis.pls.internal.model.CompiledModel;

/**
 * A correlation or covariance matrix given instead of the cases: checks it and selects the model's
 * indicators, in model order, as the correlation matrix the PLS kernel works on (PLS standardises the
 * indicators, so a covariance matrix enters through its correlations and means do not enter at all).
 */
public final class CorrelationInput {

    /** How far a correlation matrix's diagonal may be from 1 (as the matrix-file reader allows). */
    private static final double UNIT_DIAGONAL_TOLERANCE = 1e-6;
    /** How far the two copies of an element may be apart, relative to their size. */
    private static final double SYMMETRY_TOLERANCE = 1e-9;
    /** Smallest eigenvalue still taken as a rounding zero of a positive semi-definite matrix. */
    private static final double EIGENVALUE_TOLERANCE = 1e-10;

    private CorrelationInput() {
    }

    /**
     * The model's indicator correlations (row-major, p × p).
     *
     * @param covariances true when {@code matrix} holds covariances (converted to correlations)
     * @throws IllegalArgumentException naming the variable or indicator at fault
     */
    public static double[] select(double[][] matrix, List<String> names, int n, CompiledModel model,
            boolean covariances) {
        String what = covariances ? "covariance matrix" : "correlation matrix";
        if (n < 3) {
            throw new IllegalArgumentException("n = " + n + ": at least 3 observations needed");
        }
        int q = names.size();
        if (matrix.length != q) {
            throw new IllegalArgumentException("the " + what + " has " + matrix.length + " rows for " + q + " names");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < q; i++) {
            if (index.put(names.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate variable '" + names.get(i) + "' in the " + what);
            }
            if (matrix[i].length != q) {
                throw new IllegalArgumentException("row '" + names.get(i) + "' of the " + what + " has "
                        + matrix[i].length + " values, expected " + q);
            }
        }
        int p = model.indicatorCount;
        int[] source = new int[p];
        for (int a = 0; a < p; a++) {
            String name = model.indicatorNames.get(a);
            Integer i = index.get(name);
            if (i == null) {
                throw new IllegalArgumentException("indicator '" + name + "' of construct '"
                        + model.constructNames.get(model.blockOf[a]) + "' is not a variable of the " + what);
            }
            source[a] = i;
        }
        double[] scale = new double[p];
        for (int a = 0; a < p; a++) {
            double d = matrix[source[a]][source[a]];
            String name = model.indicatorNames.get(a);
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("the " + what + "'s diagonal element of '" + name + "' is " + d);
            }
            if (covariances) {
                if (!(d > 0)) {
                    throw new IllegalArgumentException("indicator '" + name + "' has zero variance");
                }
                scale[a] = Math.sqrt(d);
            } else {
                if (Math.abs(d - 1) > UNIT_DIAGONAL_TOLERANCE) {
                    throw new IllegalArgumentException("the correlation of '" + name + "' with itself is " + d
                            + ", not 1");
                }
                scale[a] = 1;
            }
        }
        double[] s = new double[p * p];
        for (int a = 0; a < p; a++) {
            s[a * p + a] = 1.0;
            for (int b = 0; b < a; b++) {
                double x = matrix[source[a]][source[b]];
                double y = matrix[source[b]][source[a]];
                String pair = "'" + model.indicatorNames.get(a) + "' and '" + model.indicatorNames.get(b) + "'";
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    throw new IllegalArgumentException("the " + what + " has no finite value for " + pair);
                }
                if (Math.abs(x - y) > SYMMETRY_TOLERANCE * Math.max(1.0, Math.max(Math.abs(x), Math.abs(y)))) {
                    throw new IllegalArgumentException("the " + what + " is not symmetric at " + pair + ": " + x
                            + " and " + y);
                }
                double r = (x == y ? x : (x + y) / 2) / (scale[a] * scale[b]);
                if (Math.abs(r) > 1 + 1e-12) {
                    throw new IllegalArgumentException("the correlation of " + pair + " is " + r
                            + ", outside [-1, 1]");
                }
                s[a * p + b] = r;
                s[b * p + a] = r;
            }
        }
        double[][] square = new double[p][p];
        for (int a = 0; a < p; a++) {
            System.arraycopy(s, a * p, square[a], 0, p);
        }
        double[] eigenvalues = new EigenDecomposition(new Array2DRowRealMatrix(square, false)).getRealEigenvalues();
        double smallest = java.util.Arrays.stream(eigenvalues).min().orElse(1);
        if (smallest < -EIGENVALUE_TOLERANCE) {
            throw new IllegalArgumentException("the correlation matrix of the model's indicators is not positive "
                    + "semi-definite (smallest eigenvalue " + smallest + "), so no data can have it");
        }
        return s;
    }
}
