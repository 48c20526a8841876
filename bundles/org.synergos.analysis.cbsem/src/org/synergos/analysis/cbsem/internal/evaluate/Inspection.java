package org.synergos.analysis.cbsem.internal.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.cbsem.core.MissingPatterns;
import org.synergos.analysis.cbsem.core.Moments;
import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.estimate.SaturatedEm;
import org.synergos.analysis.cbsem.internal.model.ImpliedMoments;

/** lavaan's {@code lavInspect} views of a fitted model: sample and implied moments, missing-data patterns. */
public final class Inspection {

    private Inspection() {
    }

    /** The H1 moments of group {@code g} (0-based): sample moments, or their EM estimate with missing data. */
    public static Moments sample(FittedModel fm, int g) {
        SaturatedEm.Moments h1 = fm.h1().get(g);
        int p = h1.mean().length;
        return new Moments(fm.table().observed(), square(h1.cov(), p),
                fm.models().get(g).meanStructure() ? h1.mean() : null);
    }

    /** The model-implied moments of group {@code g} (0-based) at the estimates. */
    public static Moments implied(FittedModel fm, int g) {
        ImpliedMoments mom = new ImpliedMoments(fm.models().get(g), fm.table().freeCount());
        mom.compute(fm.theta());
        int p = mom.p();
        return new Moments(fm.table().observed(), square(mom.sigma(), p),
                fm.models().get(g).meanStructure() ? mom.mu().clone() : null);
    }

    /** Patterns of the cases fitted in group {@code g} (0-based); cases without any value were dropped before. */
    public static MissingPatterns patterns(FittedModel fm, int g) {
        double[][] rows = fm.samples().get(g).rows();
        int p = fm.table().observed().size();
        Map<String, Integer> counts = new LinkedHashMap<>();
        double[][] both = new double[p][p];
        for (double[] row : rows) {
            StringBuilder key = new StringBuilder(p);
            for (int j = 0; j < p; j++) {
                key.append(Double.isNaN(row[j]) ? '0' : '1');
            }
            counts.merge(key.toString(), 1, Integer::sum);
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p && !Double.isNaN(row[j]); k++) {
                    both[j][k] += Double.isNaN(row[k]) ? 0 : 1;
                }
            }
        }
        for (double[] r : both) {
            for (int k = 0; k < p; k++) {
                r[k] /= rows.length;
            }
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        // lavaan: sort(table(id), decreasing = TRUE), table() ordering the ids as strings
        sorted.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey));
        List<MissingPatterns.Pattern> patterns = new ArrayList<>();
        for (Map.Entry<String, Integer> e : sorted) {
            boolean[] observed = new boolean[p];
            for (int j = 0; j < p; j++) {
                observed[j] = e.getKey().charAt(j) == '1';
            }
            patterns.add(new MissingPatterns.Pattern(observed, e.getValue()));
        }
        return new MissingPatterns(fm.table().observed(), patterns, both);
    }

    private static double[][] square(double[] flat, int p) {
        double[][] out = new double[p][p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(flat, i * p, out[i], 0, p);
        }
        return out;
    }
}
