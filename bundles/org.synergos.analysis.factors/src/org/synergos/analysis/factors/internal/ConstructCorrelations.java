package org.synergos.analysis.factors.internal;

import java.util.List;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Pearson correlations of construct scores, each over the rows where both scores exist (pairwise
 * deletion), as paper E's Table 1 reports them below its diagonal.
 */
final class ConstructCorrelations {

    private final List<ConstructScores> constructs;
    private final double[][] r;
    private final int[][] n;

    ConstructCorrelations(List<ConstructScores> constructs) {
        this.constructs = constructs;
        int k = constructs.size();
        r = new double[k][k];
        n = new int[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double[][] pair = complete(constructs.get(i).scores(), constructs.get(j).scores());
                n[i][j] = pair[0].length;
                r[i][j] = i == j ? 1.0 : pair[0].length < 3 ? Double.NaN
                        : new PearsonsCorrelation().correlation(pair[0], pair[1]);
            }
        }
    }

    List<ConstructScores> constructs() {
        return constructs;
    }

    double r(int i, int j) {
        return r[i][j];
    }

    int n(int i, int j) {
        return n[i][j];
    }

    private static double[][] complete(double[] x, double[] y) {
        int count = 0;
        for (int row = 0; row < x.length; row++) {
            if (Double.isFinite(x[row]) && Double.isFinite(y[row])) {
                count++;
            }
        }
        double[][] pair = new double[2][count];
        for (int row = 0, at = 0; row < x.length; row++) {
            if (Double.isFinite(x[row]) && Double.isFinite(y[row])) {
                pair[0][at] = x[row];
                pair[1][at++] = y[row];
            }
        }
        return pair;
    }
}
