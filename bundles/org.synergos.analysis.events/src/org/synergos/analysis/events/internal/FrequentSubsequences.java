package org.synergos.analysis.events.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Frequent subsequences of event types: ordered, not necessarily contiguous subsequences contained in at
 * least a share {@code minSupport} of the cases (support as in sequential-pattern mining, Agrawal &amp;
 * Srikant 1995, and TraMineR's {@code seqefsub}, Gabadinho et al. 2011, without time constraints). Grown
 * level by level: a pattern can only be frequent if its prefix is.
 *
 * @param pattern the types in order
 * @param cases number of cases containing it
 * @param support cases / all cases
 */
record FrequentSubsequences(List<String> pattern, int cases, double support) {

    /** Longest pattern searched and most patterns listed, so many types cannot explode the search. */
    static final int MAX_LENGTH = 6;
    static final int MAX_PATTERNS = 200;

    static List<FrequentSubsequences> find(List<List<String>> sequences, double minSupport) {
        List<String> alphabet = new ArrayList<>();
        sequences.forEach(s -> s.stream().filter(t -> !alphabet.contains(t)).forEach(alphabet::add));
        List<FrequentSubsequences> found = new ArrayList<>();
        List<List<String>> level = new ArrayList<>();
        level.add(List.of());
        for (int length = 1; length <= MAX_LENGTH && !level.isEmpty(); length++) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : level) {
                for (String type : alphabet) {
                    List<String> pattern = new ArrayList<>(prefix);
                    pattern.add(type);
                    int cases = (int) sequences.stream().filter(s -> contains(s, pattern)).count();
                    double support = sequences.isEmpty() ? 0 : (double) cases / sequences.size();
                    if (cases > 0 && support >= minSupport) {
                        found.add(new FrequentSubsequences(List.copyOf(pattern), cases, support));
                        next.add(pattern);
                    }
                }
            }
            level = next;
        }
        found.sort(Comparator.comparingDouble(FrequentSubsequences::support).reversed()
                .thenComparing(f -> f.pattern().size()));
        return found.size() > MAX_PATTERNS ? found.subList(0, MAX_PATTERNS) : found;
    }

    static boolean contains(List<String> sequence, List<String> pattern) {
        int at = 0;
        for (String element : sequence) {
            if (at < pattern.size() && element.equals(pattern.get(at))) {
                at++;
            }
        }
        return at == pattern.size();
    }

    String text() {
        return String.join(" → ", pattern);
    }
}
