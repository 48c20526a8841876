package org.synergos.analysis.cbsem.internal.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of one group, restricted to the model's observed variables: raw rows ({@code NaN} =
 * missing), complete-data moments (N divisor) and, when values are missing, the missing-data
 * patterns with their per-pattern moments (the sufficient statistics of the casewise likelihood of
 * Arbuckle 1996). A sample may also be made of moments alone ({@link #ofMoments}), when only summary
 * statistics are known; it then has no rows. Immutable after construction.
 */
public final class GroupSample {

    private final double[][] rows;
    private final int p;
    private final double[] mean;
    private final double[] cov;
    private final List<Pattern> patterns;
    private final boolean complete;
    private final int n;

    /** Rows of the group (cases × observed variables); rows with all values missing are dropped. */
    public GroupSample(double[][] rows) {
        List<double[]> kept = new ArrayList<>();
        boolean anyMissing = false;
        for (double[] r : rows) {
            int obs = 0;
            for (double v : r) {
                if (!Double.isNaN(v)) {
                    obs++;
                }
            }
            if (obs > 0) {
                kept.add(r);
                anyMissing |= obs < r.length;
            }
        }
        this.rows = kept.toArray(new double[0][]);
        this.p = rows.length == 0 ? 0 : rows[0].length;
        this.complete = !anyMissing;
        this.n = this.rows.length;
        if (complete) {
            mean = new double[p];
            cov = new double[p * p];
            moments(this.rows, mean, cov);
            // one pattern, all variables observed: the group's own moments (no keys, no copies)
            int[] all = new int[p];
            for (int j = 0; j < p; j++) {
                all[j] = j;
            }
            this.patterns = this.rows.length == 0 ? List.of()
                    : List.of(new Pattern(all, this.rows.length, mean, cov, this.rows));
        } else {
            mean = null;
            cov = null;
            this.patterns = buildPatterns(this.rows, p);
        }
    }

    private GroupSample(int n, double[] mean, double[] cov) {
        this.rows = new double[0][];
        this.p = mean.length;
        this.complete = true;
        this.n = n;
        this.mean = mean.clone();
        this.cov = cov.clone();
        int[] all = new int[p];
        for (int j = 0; j < p; j++) {
            all[j] = j;
        }
        this.patterns = List.of(new Pattern(all, n, this.mean, this.cov, this.rows));
    }

    /**
     * A complete sample known only by its moments.
     *
     * @param mean the means (zeros when the analysis has no mean structure)
     * @param cov the covariance with N divisor, p × p row-major
     */
    public static GroupSample ofMoments(int n, double[] mean, double[] cov) {
        if (cov.length != mean.length * mean.length) {
            throw new IllegalArgumentException("a covariance of " + cov.length + " cells for " + mean.length
                    + " means");
        }
        return new GroupSample(n, mean, cov);
    }

    private static void moments(double[][] rows, double[] mean, double[] cov) {
        int p = mean.length;
        int n = rows.length;
        for (double[] r : rows) {
            for (int j = 0; j < p; j++) {
                mean[j] += r[j];
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= n;
        }
        for (double[] r : rows) {
            for (int i = 0; i < p; i++) {
                double di = r[i] - mean[i];
                for (int j = 0; j <= i; j++) {
                    cov[i * p + j] += di * (r[j] - mean[j]);
                }
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                cov[i * p + j] /= n;
                cov[j * p + i] = cov[i * p + j];
            }
        }
    }

    private static List<Pattern> buildPatterns(double[][] rows, int p) {
        Map<String, List<double[]>> byKey = new LinkedHashMap<>();
        for (double[] r : rows) {
            StringBuilder key = new StringBuilder(p);
            for (double v : r) {
                key.append(Double.isNaN(v) ? '0' : '1');
            }
            byKey.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(r);
        }
        List<Pattern> out = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> e : byKey.entrySet()) {
            String key = e.getKey();
            int po = 0;
            for (int j = 0; j < p; j++) {
                po += key.charAt(j) == '1' ? 1 : 0;
            }
            int[] idx = new int[po];
            po = 0;
            for (int j = 0; j < p; j++) {
                if (key.charAt(j) == '1') {
                    idx[po++] = j;
                }
            }
            double[][] sub = new double[e.getValue().size()][po];
            for (int i = 0; i < sub.length; i++) {
                for (int j = 0; j < po; j++) {
                    sub[i][j] = e.getValue().get(i)[idx[j]];
                }
            }
            double[] m = new double[po];
            double[] c = new double[po * po];
            moments(sub, m, c);
            out.add(new Pattern(idx, sub.length, m, c, sub));
        }
        return List.copyOf(out);
    }

    /** Number of cases. */
    public int n() {
        return n;
    }

    public int p() {
        return p;
    }

    public boolean complete() {
        return complete;
    }

    /** Sample mean (complete data only; a live view). */
    public double[] mean() {
        return mean;
    }

    /** Sample covariance with N divisor (complete data only; a live view). */
    public double[] cov() {
        return cov;
    }

    /** Raw rows (live view; empty for a sample of moments alone). */
    public double[][] rows() {
        return rows;
    }

    public List<Pattern> patterns() {
        return patterns;
    }

    /**
     * A missing-data pattern.
     *
     * @param observed indices of the observed variables in this pattern
     * @param n number of cases
     * @param mean mean of the observed variables over the cases (N divisor moments)
     * @param cov covariance of the observed variables (N divisor)
     * @param rows the cases' observed values
     */
    public record Pattern(int[] observed, int n, double[] mean, double[] cov, double[][] rows) {
    }
}
