package org.synergos.workbench.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.synergos.data.DataColumn;

/**
 * What the workbench's data panel shows of one column: detected type, non-missing count {@code n}, missing
 * count, label (none yet), and for a numeric column min, max, mean and a histogram of {@value #BINS}
 * equal-width bins over [min, max] (bins closed on the left, the last one closed on both sides, as R's
 * {@code hist(x, breaks = seq(min, max, length.out = 11), right = FALSE, include.lowest = TRUE)}); for a text
 * column the number of distinct values.
 */
final class ColumnProfiles {

    static final int BINS = 10;

    private ColumnProfiles() {
    }

    static Map<String, Object> profile(DataColumn column) {
        Map<String, Object> profile = new LinkedHashMap<>();
        int missing = column.missingCount();
        int n = column.size() - missing;
        profile.put("name", column.name());
        profile.put("type", column.isNumeric() ? "numeric" : "text");
        profile.put("n", n);
        profile.put("missing", missing);
        // the variable label of SPSS and Stata files; CSV and XLSX columns have none
        profile.put("label", column.metadata().label().orElse(""));
        if (column.isNumeric()) {
            numeric(column, n, profile);
        } else {
            Set<String> distinct = new HashSet<>();
            for (int row = 0; row < column.size(); row++) {
                if (!column.isMissing(row)) {
                    distinct.add(column.text(row));
                }
            }
            profile.put("distinct", distinct.size());
            column.firstNonNumeric().ifPresent(cell -> profile.put("firstText",
                    Map.of("line", cell.line(), "content", cell.content())));
        }
        return profile;
    }

    private static void numeric(DataColumn column, int n, Map<String, Object> profile) {
        if (n == 0) {
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int row = 0; row < column.size(); row++) {
            double value = column.value(row);
            if (!Double.isNaN(value)) {
                min = Math.min(min, value);
                max = Math.max(max, value);
                sum += value;
            }
        }
        double mean = sum / n;
        // a second pass corrects the rounding of the plain sum (as R's mean does)
        double correction = 0;
        for (int row = 0; row < column.size(); row++) {
            double value = column.value(row);
            if (!Double.isNaN(value)) {
                correction += value - mean;
            }
        }
        mean += correction / n;
        profile.put("min", min);
        profile.put("max", max);
        profile.put("mean", mean);
        double[] edges = new double[BINS + 1];
        for (int i = 0; i <= BINS; i++) {
            edges[i] = i == BINS ? max : min + (max - min) * i / BINS;
        }
        long[] counts = new long[BINS];
        for (int row = 0; row < column.size(); row++) {
            double value = column.value(row);
            if (!Double.isNaN(value)) {
                counts[bin(value, edges)]++;
            }
        }
        profile.put("histogram", Map.of("edges", edges, "counts", counts));
    }

    /** The bin [edges[i], edges[i+1]) holding the value; the last bin also holds the maximum. */
    static int bin(double value, double[] edges) {
        int bins = edges.length - 1;
        if (edges[bins] == edges[0]) {
            return 0;
        }
        int i = (int) Math.floor((value - edges[0]) / (edges[bins] - edges[0]) * bins);
        i = Math.max(0, Math.min(bins - 1, i));
        // the computed index can be off by one at an edge through rounding: compare with the edges themselves
        while (i > 0 && value < edges[i]) {
            i--;
        }
        while (i < bins - 1 && value >= edges[i + 1]) {
            i++;
        }
        return i;
    }

    static List<Map<String, Object>> profiles(List<DataColumn> columns) {
        return columns.stream().map(ColumnProfiles::profile).toList();
    }
}
