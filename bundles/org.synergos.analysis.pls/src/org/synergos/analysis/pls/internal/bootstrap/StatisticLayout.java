package org.synergos.analysis.pls.internal.bootstrap;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.pls.core.ParameterKind;
import org.synergos.analysis.pls.internal.estimation.KernelState;
import org.synergos.analysis.pls.internal.model.CompiledModel;
import org.synergos.analysis.pls.internal.quality.EffectDecomposition;
import org.synergos.analysis.pls.internal.quality.HeterotraitMonotrait;

/**
 * The flat vector of bootstrapped parameters: for every {@link ParameterKind} a contiguous range with
 * labels. {@link #extract} fills one vector from a kernel run without allocating.
 */
public final class StatisticLayout {

    private final CompiledModel m;
    private final Map<ParameterKind, Integer> offset = new EnumMap<>(ParameterKind.class);
    private final Map<ParameterKind, List<String>> labels = new EnumMap<>(ParameterKind.class);
    private final int[] totalFrom;
    private final int[] totalTo;
    private final List<int[]> chains;
    private final int size;

    public StatisticLayout(CompiledModel m) {
        this.m = m;
        int k = m.constructCount;
        List<String> names = m.constructNames;
        List<String> paths = new ArrayList<>();
        for (int e = 0; e < m.pathCount(); e++) {
            paths.add(names.get(m.pathFrom[e]) + " -> " + names.get(m.pathTo[e]));
        }
        List<String> outer = new ArrayList<>();
        for (int a = 0; a < m.indicatorCount; a++) {
            outer.add(m.indicatorNames.get(a) + " -> " + names.get(m.blockOf[a]));
        }
        double[] reach = new double[k * k];
        for (int e = 0; e < m.pathCount(); e++) {
            reach[m.pathFrom[e] * k + m.pathTo[e]] = 1.0;
        }
        double[] total = EffectDecomposition.total(reach, k);
        List<Integer> from = new ArrayList<>();
        List<Integer> to = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                if (total[i * k + j] != 0.0) {
                    from.add(i);
                    to.add(j);
                    totals.add(names.get(i) + " -> " + names.get(j));
                }
            }
        }
        totalFrom = from.stream().mapToInt(Integer::intValue).toArray();
        totalTo = to.stream().mapToInt(Integer::intValue).toArray();
        chains = EffectDecomposition.chains(m);
        List<String> chainLabels = new ArrayList<>();
        for (int[] chain : chains) {
            List<String> parts = new ArrayList<>();
            for (int c : chain) {
                parts.add(names.get(c));
            }
            chainLabels.add(String.join(" -> ", parts));
        }
        List<String> htmt = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                htmt.add(names.get(i) + " -> " + names.get(j));
            }
        }
        int next = 0;
        next = add(ParameterKind.PATH, paths, next);
        next = add(ParameterKind.LOADING, outer, next);
        next = add(ParameterKind.WEIGHT, outer, next);
        next = add(ParameterKind.TOTAL_EFFECT, totals, next);
        next = add(ParameterKind.SPECIFIC_INDIRECT_EFFECT, chainLabels, next);
        next = add(ParameterKind.HTMT, htmt, next);
        size = next;
    }

    private int add(ParameterKind kind, List<String> names, int start) {
        offset.put(kind, start);
        labels.put(kind, List.copyOf(names));
        return start + names.size();
    }

    public int size() {
        return size;
    }

    public int offset(ParameterKind kind) {
        return offset.get(kind);
    }

    public List<String> labels(ParameterKind kind) {
        return labels.get(kind);
    }

    /** Fills {@code out} from a successful kernel run on correlation matrix {@code s}. */
    public void extract(KernelState st, double[] s, double[] out, double[] totalScratch, double[] powerScratch,
            double[] productScratch, double[] monoScratch) {
        int k = m.constructCount;
        int w = 0;
        for (int e = 0; e < m.pathCount(); e++) {
            out[w++] = st.path(m.pathFrom[e], m.pathTo[e]);
        }
        System.arraycopy(st.loadings, 0, out, w, m.indicatorCount);
        w += m.indicatorCount;
        System.arraycopy(st.weights, 0, out, w, m.indicatorCount);
        w += m.indicatorCount;
        EffectDecomposition.total(st.paths, k, totalScratch, powerScratch, productScratch);
        for (int t = 0; t < totalFrom.length; t++) {
            out[w++] = totalScratch[totalFrom[t] * k + totalTo[t]];
        }
        for (int[] chain : chains) {
            out[w++] = EffectDecomposition.along(st.paths, k, chain);
        }
        HeterotraitMonotrait.htmtPairs(s, m, monoScratch, out, w);
    }
}
