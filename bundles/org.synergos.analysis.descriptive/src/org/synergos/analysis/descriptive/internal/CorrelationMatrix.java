package org.synergos.analysis.descriptive.internal;

import java.util.List;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.synergos.data.Dataset;

/** Pearson correlations of the selected columns, with the number of rows behind each coefficient. */
record CorrelationMatrix(List<SelectedColumn> columns, double[][] r, int[][] n) {

    static CorrelationMatrix of(Dataset data, List<SelectedColumn> columns, boolean listwise) {
        int k = columns.size();
        double[][] values = new double[k][];
        for (int i = 0; i < k; i++) {
            values[i] = data.column(columns.get(i).column()).values();
        }
        boolean[] complete = listwise ? completeRows(values, data.rowCount()) : null;
        double[][] r = new double[k][k];
        int[][] n = new int[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double[][] pair = pairedValues(values[i], values[j], complete);
                n[i][j] = n[j][i] = pair[0].length;
                r[i][j] = r[j][i] = i == j ? (pair[0].length > 1 ? 1.0 : Double.NaN) : correlation(pair);
            }
        }
        return new CorrelationMatrix(columns, r, n);
    }

    private static double correlation(double[][] pair) {
        if (pair[0].length < 3) {
            return Double.NaN;
        }
        return new PearsonsCorrelation().correlation(pair[0], pair[1]);
    }

    private static boolean[] completeRows(double[][] values, int rows) {
        boolean[] complete = new boolean[rows];
        for (int row = 0; row < rows; row++) {
            complete[row] = true;
            for (double[] column : values) {
                complete[row] &= !Double.isNaN(column[row]);
            }
        }
        return complete;
    }

    private static double[][] pairedValues(double[] x, double[] y, boolean[] complete) {
        int count = 0;
        for (int row = 0; row < x.length; row++) {
            if (use(x, y, complete, row)) {
                count++;
            }
        }
        double[][] pair = new double[2][count];
        int next = 0;
        for (int row = 0; row < x.length; row++) {
            if (use(x, y, complete, row)) {
                pair[0][next] = x[row];
                pair[1][next++] = y[row];
            }
        }
        return pair;
    }

    private static boolean use(double[] x, double[] y, boolean[] complete, int row) {
        return complete != null ? complete[row] : !Double.isNaN(x[row]) && !Double.isNaN(y[row]);
    }

    /** "250" when every coefficient rests on the same rows, else "min–max". */
    String describeN() {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int[] row : n) {
            for (int count : row) {
                min = Math.min(min, count);
                max = Math.max(max, count);
            }
        }
        return min == max ? Integer.toString(min) : min + "–" + max;
    }
}
