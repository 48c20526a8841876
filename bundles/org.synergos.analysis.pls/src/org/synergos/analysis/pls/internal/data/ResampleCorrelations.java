package org.synergos.analysis.pls.internal.data;

/**
 * Correlation matrices of bootstrap resamples of one data set. A resample's moments are sums over its rows of
 * each row's centred values and their pairwise products, weighted by how often the row was drawn; with those
 * products computed once per data set, a draw is a single weighted sum of short rows — a loop the JIT turns
 * into vector instructions, about twice as fast as forming the products per draw. Centring at the full
 * sample's means keeps the one-pass moments exact to rounding (a resample's mean differs from the sample's
 * by about one standard error). Large data sets, whose products would not fit in the caches, fall back to
 * {@link Correlations#ofResample}. Immutable; shared by all bootstrap threads, each with its own scratch.
 */
public final class ResampleCorrelations {

    /** Above this many precomputed values (16 MB), the products would not stay in the caches. */
    private static final long MAX_PRODUCTS = 1 << 21;
    /** A resample column whose variance is below this fraction of its second moment is constant. */
    private static final double CONSTANT = 1e-10;

    private final PreparedData data;
    private final int width;
    private final double[] products;

    public ResampleCorrelations(PreparedData data) {
        this.data = data;
        int p = data.p;
        this.width = p + p * (p + 1) / 2;
        this.products = (long) width * data.n <= MAX_PRODUCTS ? products(data, width) : null;
    }

    /** Rows of the data set (the length of a draw's multiplicities). */
    public int rows() {
        return data.n;
    }

    /** Indicators of the data set (the order of a correlation matrix). */
    public int columns() {
        return data.p;
    }

    /** A scratch array for {@link #compute}, one per thread. */
    public double[] newScratch() {
        return products != null ? new double[width] : new double[data.n * (data.p + 1)];
    }

    /**
     * The p×p correlation matrix (row-major) of the resample with row multiplicities {@code counts}; false when a
     * column of the resample is constant, in which case {@code out} is unspecified.
     */
    public boolean compute(int[] counts, double[] scratch, double[] out) {
        if (products == null) {
            return Correlations.ofResample(data.raw, data.n, data.p, counts, scratch, out);
        }
        java.util.Arrays.fill(scratch, 0.0);
        int total = 0;
        for (int i = 0; i < data.n; i++) {
            int c = counts[i];
            if (c != 0) {
                total += c;
                weightedAdd(scratch, products, i * width, c, width);
            }
        }
        return correlationsFromSums(scratch, data.p, total, out);
    }

    private static void weightedAdd(double[] sums, double[] rows, int offset, double weight, int length) {
        for (int k = 0; k < length; k++) {
            sums[k] += weight * rows[offset + k];
        }
    }

    private static boolean correlationsFromSums(double[] sums, int p, int total, double[] out) {
        double inverse = 1.0 / total;
        int k = p;
        for (int a = 0; a < p; a++) {
            double meanA = sums[a] * inverse;
            for (int b = 0; b <= a; b++) {
                out[a * p + b] = sums[k++] * inverse - meanA * sums[b] * inverse;
            }
            double secondMoment = sums[k - 1] * inverse;
            if (!(out[a * p + a] > CONSTANT * secondMoment)) {
                return false;
            }
        }
        for (int a = 0; a < p; a++) {
            double sdA = Math.sqrt(out[a * p + a]);
            for (int b = 0; b < a; b++) {
                double r = out[a * p + b] / (sdA * Math.sqrt(out[b * p + b]));
                out[a * p + b] = r;
                out[b * p + a] = r;
            }
        }
        for (int a = 0; a < p; a++) {
            out[a * p + a] = 1.0;
        }
        return true;
    }

    /** Per row: the p values centred at the sample means, then the products a ≥ b of those values. */
    private static double[] products(PreparedData data, int width) {
        int n = data.n;
        int p = data.p;
        double[] centred = new double[p];
        double[] means = new double[p];
        for (int a = 0; a < p; a++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += data.raw[a * n + i];
            }
            means[a] = sum / n;
        }
        double[] rows = new double[n * width];
        for (int i = 0; i < n; i++) {
            int k = i * width;
            for (int a = 0; a < p; a++) {
                centred[a] = data.raw[a * n + i] - means[a];
                rows[k++] = centred[a];
            }
            for (int a = 0; a < p; a++) {
                for (int b = 0; b <= a; b++) {
                    rows[k++] = centred[a] * centred[b];
                }
            }
        }
        return rows;
    }
}
