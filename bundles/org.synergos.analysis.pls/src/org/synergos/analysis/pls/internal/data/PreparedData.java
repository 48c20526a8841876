package org.synergos.analysis.pls.internal.data;

/**
 * The model's indicator columns after missing-data treatment, column-major: indicator a of row i is
 * {@code raw[a * n + i]}. {@code rowsUsed} are the 0-based rows of the caller's data that were kept.
 * Treated as immutable once built.
 */
public final class PreparedData {

    public final int n;
    public final int p;
    public final double[] raw;
    public final int[] rowsUsed;
    public final int missingCellsReplaced;

    public PreparedData(int n, int p, double[] raw, int[] rowsUsed, int missingCellsReplaced) {
        this.n = n;
        this.p = p;
        this.raw = raw;
        this.rowsUsed = rowsUsed;
        this.missingCellsReplaced = missingCellsReplaced;
    }

    /** A copy restricted to the given rows (0-based, repeats allowed). */
    public PreparedData rows(int[] rows) {
        int m = rows.length;
        double[] out = new double[m * p];
        int[] used = new int[m];
        for (int i = 0; i < m; i++) {
            used[i] = rowsUsed[rows[i]];
        }
        for (int a = 0; a < p; a++) {
            int src = a * n;
            int dst = a * m;
            for (int i = 0; i < m; i++) {
                out[dst + i] = raw[src + rows[i]];
            }
        }
        return new PreparedData(m, p, out, used, 0);
    }
}
