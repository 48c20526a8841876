package org.synergos.analysis.cbsem.internal.model;

/**
 * Small dense linear algebra on row-major {@code double[]} arrays, allocation-free where the caller
 * supplies the output. Used in the estimation hot loops, where commons-math's object-per-matrix
 * style would dominate the cost of the tiny (p &lt; 50) matrices of a SEM.
 */
public final class Dense {

    private Dense() {
    }

    /**
     * In-place Cholesky factorisation {@code a = L L'} (lower triangle of {@code a} receives L, the
     * upper triangle is zeroed). Returns {@code false} when {@code a} is not positive definite.
     */
    public static boolean cholesky(double[] a, int n) {
        for (int j = 0; j < n; j++) {
            double d = a[j * n + j];
            for (int k = 0; k < j; k++) {
                d -= a[j * n + k] * a[j * n + k];
            }
            if (!(d > 0.0)) {
                return false;
            }
            d = Math.sqrt(d);
            a[j * n + j] = d;
            for (int i = j + 1; i < n; i++) {
                double s = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= a[i * n + k] * a[j * n + k];
                }
                a[i * n + j] = s / d;
            }
            for (int k = j + 1; k < n; k++) {
                a[j * n + k] = 0.0;
            }
        }
        return true;
    }

    /** log det of {@code L L'} from the Cholesky factor {@code l}. */
    public static double logDetFromCholesky(double[] l, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += Math.log(l[i * n + i]);
        }
        return 2 * s;
    }

    /** {@code out = (L L')^{-1}} from the Cholesky factor {@code l}; {@code work} has length n*n. */
    public static void inverseFromCholesky(double[] l, int n, double[] out, double[] work) {
        // work = L^{-1} (lower triangular)
        java.util.Arrays.fill(work, 0, n * n, 0.0);
        for (int i = 0; i < n; i++) {
            work[i * n + i] = 1.0 / l[i * n + i];
            for (int j = 0; j < i; j++) {
                double s = 0;
                for (int k = j; k < i; k++) {
                    s -= l[i * n + k] * work[k * n + j];
                }
                work[i * n + j] = s / l[i * n + i];
            }
        }
        // out = L^{-T} L^{-1}
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = i; k < n; k++) {
                    s += work[k * n + i] * work[k * n + j];
                }
                out[i * n + j] = s;
                out[j * n + i] = s;
            }
        }
    }

    /**
     * Solves {@code (L L') x = b} in place ({@code b} receives x) with the Cholesky factor {@code l}.
     */
    public static void solveCholesky(double[] l, int n, double[] b) {
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * n + k] * b[k];
            }
            b[i] = s / l[i * n + i];
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
     * Inverse of a general square matrix by Gauss–Jordan elimination with partial pivoting.
     * {@code a} is destroyed. Returns {@code false} when singular.
     */
    public static boolean invert(double[] a, int n, double[] out) {
        java.util.Arrays.fill(out, 0, n * n, 0.0);
        for (int i = 0; i < n; i++) {
            out[i * n + i] = 1.0;
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            double best = Math.abs(a[c * n + c]);
            for (int r = c + 1; r < n; r++) {
                double v = Math.abs(a[r * n + c]);
                if (v > best) {
                    best = v;
                    piv = r;
                }
            }
            if (best < 1e-300) {
                return false;
            }
            if (piv != c) {
                swapRows(a, n, piv, c);
                swapRows(out, n, piv, c);
            }
            double inv = 1.0 / a[c * n + c];
            for (int k = 0; k < n; k++) {
                a[c * n + k] *= inv;
                out[c * n + k] *= inv;
            }
            for (int r = 0; r < n; r++) {
                if (r == c) {
                    continue;
                }
                double f = a[r * n + c];
                if (f != 0.0) {
                    for (int k = 0; k < n; k++) {
                        a[r * n + k] -= f * a[c * n + k];
                        out[r * n + k] -= f * out[c * n + k];
                    }
                }
            }
        }
        return true;
    }

    private static void swapRows(double[] a, int n, int r1, int r2) {
        for (int k = 0; k < n; k++) {
            double t = a[r1 * n + k];
            a[r1 * n + k] = a[r2 * n + k];
            a[r2 * n + k] = t;
        }
    }

    // Small single-loop-nest kernels: the JIT compiles each once and early (an estimation calls them
    // thousands of times), instead of on-stack-replacing big multi-loop methods one loop at a time.

    /** {@code out = A B} (A rows×inner, B inner×cols, row-major); zero entries of A are skipped. */
    public static void multiply(double[] a, double[] b, double[] out, int rows, int inner, int cols) {
        java.util.Arrays.fill(out, 0, rows * cols, 0.0);
        for (int i = 0; i < rows; i++) {
            int ri = i * inner;
            int ro = i * cols;
            for (int k = 0; k < inner; k++) {
                double aik = a[ri + k];
                if (aik != 0.0) {
                    int rk = k * cols;
                    for (int j = 0; j < cols; j++) {
                        out[ro + j] += aik * b[rk + j];
                    }
                }
            }
        }
    }

    /**
     * {@code out = A' B} over the first {@code rows} rows of A (stride {@code aCols}) and B (stride
     * {@code bCols}): out is aCols×bCols; zero entries of A are skipped.
     */
    public static void multiplyTransposedLeft(double[] a, int aCols, double[] b, int bCols, int rows, double[] out) {
        java.util.Arrays.fill(out, 0, aCols * bCols, 0.0);
        for (int r = 0; r < rows; r++) {
            int ra = r * aCols;
            int rb = r * bCols;
            for (int i = 0; i < aCols; i++) {
                double ari = a[ra + i];
                if (ari != 0.0) {
                    int ro = i * bCols;
                    for (int c = 0; c < bCols; c++) {
                        out[ro + c] += ari * b[rb + c];
                    }
                }
            }
        }
    }

    /** {@code out = A B'} (A and B rows×inner) for a product known to be symmetric: lower half, mirrored. */
    public static void multiplyTransposedSymmetric(double[] a, double[] b, double[] out, int rows, int inner) {
        for (int i = 0; i < rows; i++) {
            int ri = i * inner;
            for (int j = 0; j <= i; j++) {
                int rj = j * inner;
                double acc = 0;
                for (int k = 0; k < inner; k++) {
                    acc += a[ri + k] * b[rj + k];
                }
                out[i * rows + j] = acc;
                out[j * rows + i] = acc;
            }
        }
    }

    /** {@code out = M v} for M rows×cols. */
    public static void multiplyVector(double[] m, double[] v, double[] out, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            int ri = i * cols;
            double acc = 0;
            for (int k = 0; k < cols; k++) {
                acc += m[ri + k] * v[k];
            }
            out[i] = acc;
        }
    }

    /** {@code Σ_ij x_ij y_ij} over n×n matrices (= tr(XY) when one of them is symmetric). */
    public static double dotMatrices(double[] x, double[] y, int n) {
        double acc = 0;
        for (int i = 0; i < n * n; i++) {
            acc += x[i] * y[i];
        }
        return acc;
    }

    /** Symmetric positive-definite inverse; returns {@code null} when not positive definite. */
    public static double[] inverseSpd(double[] a, int n) {
        double[] l = a.clone();
        if (!cholesky(l, n)) {
            return null;
        }
        double[] out = new double[n * n];
        inverseFromCholesky(l, n, out, new double[n * n]);
        return out;
    }

    /** Row-major copy of a square {@code double[][]}. */
    public static double[] flatten(double[][] m) {
        int n = m.length;
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, out, i * n, n);
        }
        return out;
    }

    /** {@code double[][]} copy of a row-major square matrix. */
    public static double[][] unflatten(double[] a, int n) {
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, i * n, out[i], 0, n);
        }
        return out;
    }
}
