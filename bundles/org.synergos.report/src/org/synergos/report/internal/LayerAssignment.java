package org.synergos.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.synergos.model.Construct;
import org.synergos.model.StructuralPath;

/**
 * Columns of a path diagram: each construct sits in the column of its longest chain of predecessors
 * (exogenous constructs left, final outcomes right), so every path of a recursive model points right.
 * Feedback loops are cut where the depth-first walk meets them. Within a column, constructs are ordered by
 * the mean position of their predecessors (barycentre), which removes most crossings; ties keep model order.
 */
final class LayerAssignment {

    private final List<Construct> constructs;
    private final List<StructuralPath> paths;
    private final Map<Construct, Integer> layer = new HashMap<>();
    private final Set<Construct> onStack = new HashSet<>();

    private LayerAssignment(List<Construct> constructs, List<StructuralPath> paths) {
        this.constructs = constructs;
        this.paths = paths;
    }

    /** Columns left to right, each top to bottom; paths must connect constructs of the list. */
    static List<List<Construct>> columns(List<Construct> constructs, List<StructuralPath> paths) {
        return new LayerAssignment(constructs, paths).columns();
    }

    private List<List<Construct>> columns() {
        int last = 0;
        for (Construct construct : constructs) {
            last = Math.max(last, layerOf(construct));
        }
        List<List<Construct>> columns = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            columns.add(new ArrayList<>());
        }
        constructs.forEach(c -> columns.get(layer.get(c)).add(c));
        Map<Construct, Double> position = new HashMap<>();
        for (List<Construct> column : columns) {
            Map<Construct, Double> key = new HashMap<>();
            for (Construct construct : column) {
                key.put(construct, barycentre(construct, position));
            }
            column.sort(Comparator.comparingDouble((Construct c) -> key.get(c)).thenComparingInt(constructs::indexOf));
            for (int i = 0; i < column.size(); i++) {
                position.put(column.get(i), (i + 0.5) / column.size());
            }
        }
        return columns;
    }

    /** Mean relative height of the predecessors already placed; model position for constructs without. */
    private double barycentre(Construct construct, Map<Construct, Double> placed) {
        double sum = 0;
        int count = 0;
        for (StructuralPath path : paths) {
            if (path.getTarget() == construct && placed.containsKey(path.getSource())) {
                sum += placed.get(path.getSource());
                count++;
            }
        }
        return count == 0 ? (constructs.indexOf(construct) + 0.5) / constructs.size() : sum / count;
    }

    private int layerOf(Construct construct) {
        Integer known = layer.get(construct);
        if (known != null) {
            return known;
        }
        if (!onStack.add(construct)) {
            return -1;
        }
        int result = 0;
        for (StructuralPath path : paths) {
            if (path.getTarget() == construct && path.getSource() != construct) {
                int before = layerOf(path.getSource());
                if (before >= 0) {
                    result = Math.max(result, before + 1);
                }
            }
        }
        onStack.remove(construct);
        layer.put(construct, result);
        return result;
    }
}
