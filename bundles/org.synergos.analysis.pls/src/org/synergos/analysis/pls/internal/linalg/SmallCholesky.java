package org.synergos.analysis.pls.internal.linalg;

/**
 * Allocation-free Cholesky factorisation and solves for the small symmetric positive-definite systems of
 * the PLS kernels (predictor correlation matrices, indicator blocks). Matrices are dense row-major
 * {@code double[]} of order n; only the lower triangle is read and the factor overwrites it.
 */
public final class SmallCholesky {

    private SmallCholesky() {
    }

    /**
     * Factors {@code a = L Lᵀ} in place (lower triangle). Returns false when a pivot is not positive
     * (matrix not positive definite within rounding).
     */
    public static boolean factor(double[] a, int n) {
        for (int j = 0; j < n; j++) {
            int rj = j * n;
            double d = a[rj + j];
            for (int k = 0; k < j; k++) {
                d -= a[rj + k] * a[rj + k];
            }
            if (!(d > 0)) {
                return false;
            }
            double ljj = Math.sqrt(d);
            a[rj + j] = ljj;
            for (int i = j + 1; i < n; i++) {
                int ri = i * n;
                double s = a[ri + j];
                for (int k = 0; k < j; k++) {
                    s -= a[ri + k] * a[rj + k];
                }
                a[ri + j] = s / ljj;
            }
        }
        return true;
    }

    /** Solves {@code L Lᵀ x = b} in place in {@code b} given the factor from {@link #factor}. */
    public static void solve(double[] l, int n, double[] b) {
        for (int i = 0; i < n; i++) {
            double s = b[i];
            int ri = i * n;
            for (int k = 0; k < i; k++) {
                s -= l[ri + k] * b[k];
            }
            b[i] = s / l[ri + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k * n + i] * b[k];
            }
            b[i] = s / l[i * n + i];
        }
    }

    /**
     * Diagonal of the inverse of the SPD matrix whose factor is {@code l}: {@code out[i] = (A⁻¹)_ii}.
     * Uses {@code work} (length ≥ n).
     */
    public static void inverseDiagonal(double[] l, int n, double[] out, double[] work) {
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(work, 0, n, 0.0);
            work[i] = 1.0;
            solve(l, n, work);
            out[i] = work[i];
        }
    }

    /** Copies the sub-matrix of the row-major order-{@code m} matrix {@code src} at {@code idx} into {@code dst}. */
    public static void gather(double[] src, int m, int[] idx, double[] dst) {
        int n = idx.length;
        for (int i = 0; i < n; i++) {
            int ri = idx[i] * m;
            for (int j = 0; j < n; j++) {
                dst[i * n + j] = src[ri + idx[j]];
            }
        }
    }
}
