package org.synergos.analysis.events.internal;

import java.util.List;

/**
 * Optimal-matching distance between two sequences (Abbott &amp; Tsay 2000; as TraMineR's
 * {@code seqdist(method = "OM")}, Gabadinho et al. 2011): the cheapest edit turning one sequence into the
 * other, with a constant substitution cost between different elements and a constant insertion/deletion
 * (indel) cost, by dynamic programming (Needleman–Wunsch / Levenshtein recursion).
 */
final class OptimalMatching {

    private final double substitution;
    private final double indel;

    OptimalMatching(double substitution, double indel) {
        if (!(substitution >= 0) || !(indel > 0)) {
            throw new IllegalArgumentException("costs must be substitution >= 0 and indel > 0");
        }
        this.substitution = substitution;
        this.indel = indel;
    }

    <T> double distance(List<T> a, List<T> b) {
        double[] previous = new double[b.size() + 1];
        double[] current = new double[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j * indel;
        }
        for (int i = 1; i <= a.size(); i++) {
            current[0] = i * indel;
            for (int j = 1; j <= b.size(); j++) {
                double replace = previous[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : substitution);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + indel);
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    <T> double[][] matrix(List<List<T>> sequences) {
        int n = sequences.size();
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                d[i][j] = d[j][i] = distance(sequences.get(i), sequences.get(j));
            }
        }
        return d;
    }
}
