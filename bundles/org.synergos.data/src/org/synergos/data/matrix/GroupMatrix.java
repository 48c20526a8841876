package org.synergos.data.matrix;

import java.util.List;

/**
 * The summary statistics of one group (or of the whole sample) as read from a matrix file: the number of
 * cases, the variables in file order, the full symmetric matrix and optional means and standard deviations.
 * Arrays are copies; the record is immutable to its callers.
 *
 * @param group the group's label, or {@code ""} for a file without groups
 * @param n the number of cases the statistics were computed from
 * @param variables variable names, in the order of the matrix's rows and columns
 * @param kind covariances or correlations
 * @param matrix the full symmetric matrix (row-major, variables × variables), as written (n − 1 divisor)
 * @param means the variables' means, or {@code null} when the file gives none
 * @param standardDeviations the variables' standard deviations, or {@code null}
 */
public record GroupMatrix(String group, long n, List<String> variables, MatrixKind kind, double[][] matrix,
        double[] means, double[] standardDeviations) {

    public GroupMatrix {
        variables = List.copyOf(variables);
        matrix = copy(matrix);
        means = means == null ? null : means.clone();
        standardDeviations = standardDeviations == null ? null : standardDeviations.clone();
    }

    @Override
    public double[][] matrix() {
        return copy(matrix);
    }

    /** The means, or {@code null} when the file gives none. */
    @Override
    public double[] means() {
        return means == null ? null : means.clone();
    }

    /** The standard deviations, or {@code null} when the file gives none. */
    @Override
    public double[] standardDeviations() {
        return standardDeviations == null ? null : standardDeviations.clone();
    }

    /**
     * The covariance matrix (n − 1 divisor): the file's covariances, or its correlations scaled by the
     * standard deviations; correlations without standard deviations are returned as they are, which makes
     * an analysis of them an analysis of standardised variables ({@link #isStandardized()}).
     */
    public double[][] covariance() {
        double[][] out = copy(matrix);
        if (kind == MatrixKind.CORRELATION && standardDeviations != null) {
            for (int i = 0; i < out.length; i++) {
                for (int j = 0; j < out.length; j++) {
                    out[i][j] *= standardDeviations[i] * standardDeviations[j];
                }
            }
        }
        return out;
    }

    /** True when only correlations are known, so the variables' scales are lost. */
    public boolean isStandardized() {
        return kind == MatrixKind.CORRELATION && standardDeviations == null;
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
