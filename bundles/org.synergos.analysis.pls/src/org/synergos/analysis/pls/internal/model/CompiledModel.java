package org.synergos.analysis.pls.internal.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.synergos.analysis.pls.core.ConstructSpec;
import org.synergos.analysis.pls.core.Measurement;
import org.synergos.analysis.pls.core.PlsModel;
import org.synergos.analysis.pls.core.StructuralPath;

/**
 * Index form of a {@link PlsModel} for the numeric kernels: indicators are numbered block by block in
 * construct order, so block j occupies the contiguous range {@code [blockStart[j], blockEnd[j])}.
 * Immutable after construction (arrays are never handed out for writing).
 */
public final class CompiledModel {

    public final int constructCount;
    public final int indicatorCount;
    public final List<String> constructNames;
    public final List<String> indicatorNames;
    public final int[] blockStart;
    public final int[] blockEnd;
    public final int[] blockOf;
    public final Measurement[] measurement;
    /** {@code path[from][to]}. */
    public final boolean[][] path;
    /** Predecessors of each construct, ascending construct index. */
    public final int[][] predecessors;
    /** Successors of each construct, ascending construct index. */
    public final int[][] successors;
    /** Constructs with at least one predecessor, ascending. */
    public final int[] endogenous;
    /** Paths in specification order. */
    public final int[] pathFrom;
    public final int[] pathTo;
    private final PlsModel source;

    public CompiledModel(PlsModel model) {
        this.source = model;
        List<ConstructSpec> constructs = model.constructs();
        constructCount = constructs.size();
        constructNames = model.constructNames();
        indicatorNames = model.indicatorNames();
        indicatorCount = indicatorNames.size();
        blockStart = new int[constructCount];
        blockEnd = new int[constructCount];
        blockOf = new int[indicatorCount];
        measurement = new Measurement[constructCount];
        int next = 0;
        for (int j = 0; j < constructCount; j++) {
            blockStart[j] = next;
            next += constructs.get(j).indicators().size();
            blockEnd[j] = next;
            Arrays.fill(blockOf, blockStart[j], blockEnd[j], j);
            measurement[j] = constructs.get(j).measurement();
        }
        path = new boolean[constructCount][constructCount];
        List<StructuralPath> paths = model.paths();
        pathFrom = new int[paths.size()];
        pathTo = new int[paths.size()];
        for (int i = 0; i < paths.size(); i++) {
            pathFrom[i] = constructNames.indexOf(paths.get(i).from());
            pathTo[i] = constructNames.indexOf(paths.get(i).to());
            path[pathFrom[i]][pathTo[i]] = true;
        }
        predecessors = new int[constructCount][];
        successors = new int[constructCount][];
        List<Integer> endo = new ArrayList<>();
        for (int j = 0; j < constructCount; j++) {
            List<Integer> pred = new ArrayList<>();
            List<Integer> succ = new ArrayList<>();
            for (int i = 0; i < constructCount; i++) {
                if (path[i][j]) {
                    pred.add(i);
                }
                if (path[j][i]) {
                    succ.add(i);
                }
            }
            predecessors[j] = pred.stream().mapToInt(Integer::intValue).toArray();
            successors[j] = succ.stream().mapToInt(Integer::intValue).toArray();
            if (!pred.isEmpty()) {
                endo.add(j);
            }
        }
        endogenous = endo.stream().mapToInt(Integer::intValue).toArray();
    }

    public PlsModel source() {
        return source;
    }

    public int blockSize(int construct) {
        return blockEnd[construct] - blockStart[construct];
    }

    public boolean isIsolated(int construct) {
        return predecessors[construct].length == 0 && successors[construct].length == 0;
    }

    public int pathCount() {
        return pathFrom.length;
    }
}
