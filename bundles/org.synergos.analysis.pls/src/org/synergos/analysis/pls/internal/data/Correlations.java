package org.synergos.analysis.pls.internal.data;

/**
 * Pearson correlations of column-major data, either of the data as given or of a bootstrap resample
 * represented by per-row multiplicities (a resample is the data with row i repeated {@code counts[i]}
 * times; its moments are weighted moments of the original rows, so it is never materialised).
 */
public final class Correlations {

    private Correlations() {
    }

    /**
     * Standardises every column of {@code raw} (n rows, p columns, column-major) to mean 0 and unit
     * variance with the n−1 divisor (R's {@code scale()}); returns null if a column has zero variance,
     * otherwise the z-scores. {@code means} and {@code sds} receive the column moments.
     */
    public static double[] standardize(double[] raw, int n, int p, double[] means, double[] sds) {
        double[] z = new double[n * p];
        for (int a = 0; a < p; a++) {
            int off = a * n;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += raw[off + i];
            }
            double mean = sum / n;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double d = raw[off + i] - mean;
                z[off + i] = d;
                ss += d * d;
            }
            double sd = Math.sqrt(ss / (n - 1));
            if (!(sd > 0) || sd < 1e-12 * Math.max(1.0, Math.abs(mean))) {
                return null;
            }
            for (int i = 0; i < n; i++) {
                z[off + i] /= sd;
            }
            means[a] = mean;
            sds[a] = sd;
        }
        return z;
    }

    /** Correlation matrix (row-major p×p) of standardised columns {@code z}. */
    public static void ofStandardized(double[] z, int n, int p, double[] out) {
        double scale = 1.0 / (n - 1);
        for (int a = 0; a < p; a++) {
            int oa = a * n;
            out[a * p + a] = 1.0;
            for (int b = 0; b < a; b++) {
                store(out, p, a, b, dot(z, oa, b * n, n) * scale);
            }
        }
    }

    /**
     * Correlation matrix of the resample with row multiplicities {@code counts} (sum = n). {@code work}
     * must hold at least n·(p+1) values. Returns false when a column of the resample has (near) zero
     * variance, in which case {@code out} is unspecified.
     */
    public static boolean ofResample(double[] raw, int n, int p, int[] counts, double[] work, double[] out) {
        int m = 0;
        int total = 0;
        // compact the rows drawn at least once: sqrt(multiplicity) in work[0..m), column a in work[(a+1)n..]
        for (int i = 0; i < n; i++) {
            if (counts[i] > 0) {
                work[m++] = Math.sqrt(counts[i]);
                total += counts[i];
            }
        }
        for (int a = 0; a < p; a++) {
            int src = a * n;
            int dst = (a + 1) * n;
            double sum = 0;
            for (int i = 0, r = 0; i < n; i++) {
                int c = counts[i];
                if (c > 0) {
                    double v = raw[src + i];
                    work[dst + r++] = v;
                    sum += c * v;
                }
            }
            double mean = sum / total;
            double ss = 0;
            for (int r = 0; r < m; r++) {
                double d = (work[dst + r] - mean) * work[r];
                work[dst + r] = d;
                ss += d * d;
            }
            if (!(ss > 1e-24 * total * Math.max(1.0, mean * mean))) {
                return false;
            }
            double inv = 1.0 / Math.sqrt(ss);
            for (int r = 0; r < m; r++) {
                work[dst + r] *= inv;
            }
        }
        for (int a = 0; a < p; a++) {
            out[a * p + a] = 1.0;
        }
        // two columns a, a+1 against each b ≤ a at once: every element of column b is loaded once for two
        // products, about 20% faster (this path serves data sets too large for ResampleCorrelations' products)
        int a = 1;
        for (; a + 1 < p; a += 2) {
            int oa = (a + 1) * n;
            int oa1 = (a + 2) * n;
            for (int b = 0; b <= a; b++) {
                int ob = (b + 1) * n;
                double s0 = 0;
                double s1 = 0;
                double t0 = 0;
                double t1 = 0;
                int r = 0;
                for (; r + 1 < m; r += 2) {
                    double x0 = work[ob + r];
                    double x1 = work[ob + r + 1];
                    s0 += work[oa + r] * x0;
                    s1 += work[oa + r + 1] * x1;
                    t0 += work[oa1 + r] * x0;
                    t1 += work[oa1 + r + 1] * x1;
                }
                if (r < m) {
                    s0 += work[oa + r] * work[ob + r];
                    t0 += work[oa1 + r] * work[ob + r];
                }
                store(out, p, a + 1, b, t0 + t1);
                if (b < a) {
                    store(out, p, a, b, s0 + s1);
                }
            }
        }
        for (; a < p; a++) {
            int oa = (a + 1) * n;
            for (int b = 0; b < a; b++) {
                store(out, p, a, b, dot(work, oa, (b + 1) * n, m));
            }
        }
        return true;
    }

    /** {@code Σ v[x + i]·v[y + i]} for i < length, with two partial sums to shorten the dependency chain. */
    private static double dot(double[] v, int x, int y, int length) {
        double s0 = 0;
        double s1 = 0;
        int i = 0;
        for (; i + 1 < length; i += 2) {
            s0 += v[x + i] * v[y + i];
            s1 += v[x + i + 1] * v[y + i + 1];
        }
        if (i < length) {
            s0 += v[x + i] * v[y + i];
        }
        return s0 + s1;
    }

    private static void store(double[] out, int p, int a, int b, double value) {
        out[a * p + b] = value;
        out[b * p + a] = value;
    }
}
