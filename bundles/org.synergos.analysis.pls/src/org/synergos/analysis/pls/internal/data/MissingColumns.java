package org.synergos.analysis.pls.internal.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Which indicator columns cost the rows: the empty ones, else the ones missing most often. */
final class MissingColumns {

    private MissingColumns() {
    }

    static String describe(double[][] data, int[] source, List<String> names) {
        int rows = data.length;
        int[] missing = new int[source.length];
        for (double[] row : data) {
            for (int a = 0; a < source.length; a++) {
                missing[a] += Double.isNaN(row[source[a]]) ? 1 : 0;
            }
        }
        List<String> empty = new ArrayList<>();
        for (int a = 0; a < source.length; a++) {
            if (rows > 0 && missing[a] == rows) {
                empty.add("'" + names.get(a) + "'");
            }
        }
        if (!empty.isEmpty()) {
            return ": " + (empty.size() == 1 ? "column " : "columns ") + String.join(", ", empty)
                    + (empty.size() == 1 ? " has" : " have") + " no observed value";
        }
        List<String> worst = IntStream.range(0, source.length).filter(a -> missing[a] > 0).boxed()
                .sorted(Comparator.comparingInt((Integer a) -> -missing[a])).limit(3)
                .map(a -> "'" + names.get(a) + "' (" + missing[a] + " of " + rows + ")").toList();
        return worst.isEmpty() ? "" : ": missing most often in " + String.join(", ", worst);
    }
}
