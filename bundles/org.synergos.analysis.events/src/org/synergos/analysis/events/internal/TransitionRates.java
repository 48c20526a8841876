package org.synergos.analysis.events.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Transition rates between event types as TraMineR's {@code seqtrate} computes them for state sequences
 * (Gabadinho et al. 2011): P(next type = j | current type = i) = n(i → j) / n(i → anything), counting
 * consecutive pairs within each case. Rows of types never followed by another event are undefined (NaN).
 */
final class TransitionRates {

    private final List<String> types = new ArrayList<>();
    private final double[][] rates;
    private final int[] outgoing;

    TransitionRates(List<List<String>> sequences) {
        sequences.forEach(s -> s.stream().filter(t -> !types.contains(t)).forEach(types::add));
        int k = types.size();
        int[][] counts = new int[k][k];
        outgoing = new int[k];
        for (List<String> sequence : sequences) {
            for (int t = 0; t + 1 < sequence.size(); t++) {
                int from = types.indexOf(sequence.get(t));
                counts[from][types.indexOf(sequence.get(t + 1))]++;
                outgoing[from]++;
            }
        }
        rates = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rates[i][j] = outgoing[i] == 0 ? Double.NaN : (double) counts[i][j] / outgoing[i];
            }
        }
    }

    /** Types in order of first appearance. */
    List<String> types() {
        return types;
    }

    double rate(int from, int to) {
        return rates[from][to];
    }

    int outgoing(int from) {
        return outgoing[from];
    }
}
