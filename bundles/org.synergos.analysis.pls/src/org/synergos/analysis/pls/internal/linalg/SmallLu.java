package org.synergos.analysis.pls.internal.linalg;

/**
 * Gaussian elimination with partial pivoting for small dense systems that need not be positive definite
 * (e.g. disattenuated PLSc construct correlations, which can exceed 1 in unstable resamples; seminr's
 * {@code solve()} solves those too). Row-major, in place.
 */
public final class SmallLu {

    private SmallLu() {
    }

    /** Solves {@code a x = b}, overwriting {@code a} and leaving x in {@code b}; false if singular. */
    public static boolean solve(double[] a, int n, double[] b) {
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r * n + col]) > Math.abs(a[pivot * n + col])) {
                    pivot = r;
                }
            }
            double pv = a[pivot * n + col];
            if (pv == 0.0 || !Double.isFinite(pv)) {
                return false;
            }
            if (pivot != col) {
                for (int c = 0; c < n; c++) {
                    double t = a[col * n + c];
                    a[col * n + c] = a[pivot * n + c];
                    a[pivot * n + c] = t;
                }
                double t = b[col];
                b[col] = b[pivot];
                b[pivot] = t;
            }
            for (int r = col + 1; r < n; r++) {
                double f = a[r * n + col] / pv;
                if (f != 0.0) {
                    for (int c = col; c < n; c++) {
                        a[r * n + c] -= f * a[col * n + c];
                    }
                    b[r] -= f * b[col];
                }
            }
        }
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int c = r + 1; c < n; c++) {
                s -= a[r * n + c] * b[c];
            }
            b[r] = s / a[r * n + r];
        }
        return true;
    }
}
