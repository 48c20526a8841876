package org.synergos.analysis.ahp.internal;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Weights and consistency of one positive reciprocal matrix.
 * <ul>
 * <li>λmax is the principal (Perron) eigenvalue of the matrix, whatever the weighting method: it is a
 * property of the judgements, and Saaty's CI and CR are defined on it.</li>
 * <li>CI = (λmax − n)/(n − 1); CR = CI/RI with {@link RandomIndex Saaty's (1980) RI}. A matrix of order 1
 * or 2 is always consistent: CI = CR = 0.</li>
 * <li>The most inconsistent triad is the (i, j, k), i &lt; j &lt; k, maximising the log triad deviation
 * |ln(a_ij·a_jk/a_ik)|, which is 0 for a consistent triad (it is ln of Koczkodaj's triad ratio).</li>
 * </ul>
 *
 * @param weights local weights, summing to 1
 * @param lambdaMax principal eigenvalue
 * @param ci consistency index
 * @param ri random index of order n
 * @param cr consistency ratio
 * @param triad indices (i, j, k) of the most inconsistent triad, null when n &lt; 3
 * @param triadDeviation |ln(a_ij·a_jk/a_ik)| of that triad, NaN when n &lt; 3
 */
public record MatrixAnalysis(double[] weights, double lambdaMax, double ci, double ri, double cr, int[] triad,
        double triadDeviation) {

    public static MatrixAnalysis of(double[][] a, PriorityMethod method) {
        int n = a.length;
        if (n > RandomIndex.maximumOrder()) {
            throw new IllegalArgumentException("order " + n + " is beyond " + RandomIndex.SOURCE + "'s random index table");
        }
        Principal principal = principal(a);
        double[] weights = method == PriorityMethod.EIGENVECTOR ? principal.vector : rowGeometricMeans(a);
        double ci = n <= 2 ? 0 : (principal.value - n) / (n - 1);
        double ri = RandomIndex.of(n);
        double cr = n <= 2 ? 0 : ci / ri;
        int[] triad = null;
        double deviation = Double.NaN;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                for (int k = j + 1; k < n; k++) {
                    double d = Math.abs(Math.log(a[i][j] * a[j][k] / a[i][k]));
                    if (triad == null || d > deviation) {
                        triad = new int[] { i, j, k };
                        deviation = d;
                    }
                }
            }
        }
        return new MatrixAnalysis(weights, principal.value, ci, ri, cr, triad, deviation);
    }

    private record Principal(double value, double[] vector) {
    }

    /**
     * The Perron root of a positive matrix is real, simple and the largest eigenvalue in modulus, and its
     * eigenvector can be taken positive (Perron 1907); so it is the real eigenvalue of largest real part.
     */
    private static Principal principal(double[][] a) {
        int n = a.length;
        if (n == 1) {
            return new Principal(a[0][0], new double[] { 1 });
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(a, false));
        int best = -1;
        for (int i = 0; i < n; i++) {
            if (eigen.getImagEigenvalue(i) == 0
                    && (best < 0 || eigen.getRealEigenvalue(i) > eigen.getRealEigenvalue(best))) {
                best = i;
            }
        }
        RealVector v = eigen.getEigenvector(best);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += v.getEntry(i);
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = v.getEntry(i) / sum;
        }
        return new Principal(eigen.getRealEigenvalue(best), w);
    }

    static double[] rowGeometricMeans(double[][] a) {
        int n = a.length;
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double logs = 0;
            for (int j = 0; j < n; j++) {
                logs += Math.log(a[i][j]);
            }
            w[i] = Math.exp(logs / n);
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return w;
    }

    /** Element-wise geometric mean of individual judgements (aggregation of individual judgements, AIJ;
     * Aczél &amp; Saaty 1983): the only aggregation that keeps the group matrix reciprocal. */
    public static double[][] aggregate(java.util.List<double[][]> judgements) {
        int n = judgements.get(0).length;
        double[][] group = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double logs = 0;
                for (double[][] m : judgements) {
                    logs += Math.log(m[i][j]);
                }
                group[i][j] = Math.exp(logs / judgements.size());
            }
        }
        return group;
    }
}
