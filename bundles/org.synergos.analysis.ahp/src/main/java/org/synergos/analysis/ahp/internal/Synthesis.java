package org.synergos.analysis.ahp.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Local weights of every comparison, global weights of the criteria (local weight × the parent's global
 * weight, the goal's being 1) and, with alternatives, their overall priorities by distributive synthesis
 * (Σ over leaf criteria of the leaf's global weight × the alternative's local weight under it; Saaty 1980).
 * A group's judgements are aggregated element-wise by geometric mean first (AIJ), then weighted.
 */
public final class Synthesis {

    /**
     * @param matrix the matrix the weights come from: the judge's own, or the group's geometric mean
     * @param analysis its weights and consistency
     * @param individual each judge's own analysis (only for a group; empty otherwise)
     */
    public record ComparisonResult(Comparison comparison, double[][] matrix, MatrixAnalysis analysis,
            List<MatrixAnalysis> individual) {
        public double localWeight(int i) {
            return analysis.weights()[i];
        }
    }

    /**
     * @param comparisons by parent id, in hierarchy order
     * @param globalWeights of the goal and every criterion, by id
     * @param alternativePriorities by alternative id (empty without alternatives)
     */
    public record Result(Hierarchy hierarchy, PriorityMethod method, Map<String, ComparisonResult> comparisons,
            Map<String, Double> localWeights, Map<String, Double> globalWeights, Map<String, Double> alternativePriorities) {
    }

    private Synthesis() {
    }

    public static Result of(Hierarchy hierarchy, PriorityMethod method, Runnable checkCancelled) {
        Map<String, ComparisonResult> comparisons = new LinkedHashMap<>();
        for (Comparison comparison : hierarchy.comparisons().values()) {
            checkCancelled.run();
            List<double[][]> matrices = comparison.judgements().stream().map(Comparison.Judgement::matrix).toList();
            List<MatrixAnalysis> individual = new ArrayList<>();
            double[][] matrix = matrices.get(0);
            if (comparison.isGroup()) {
                for (double[][] m : matrices) {
                    individual.add(MatrixAnalysis.of(m, method));
                }
                matrix = MatrixAnalysis.aggregate(matrices);
            }
            comparisons.put(comparison.id(), new ComparisonResult(comparison, matrix, MatrixAnalysis.of(matrix, method),
                    List.copyOf(individual)));
        }
        Map<String, Double> local = new LinkedHashMap<>();
        Map<String, Double> global = new LinkedHashMap<>();
        Node goal = hierarchy.goal();
        local.put(goal.element().id(), 1.0);
        global.put(goal.element().id(), 1.0);
        distribute(goal, comparisons, local, global);
        Map<String, Double> priorities = new LinkedHashMap<>();
        if (hierarchy.hasAlternatives()) {
            for (Element alternative : hierarchy.alternatives()) {
                priorities.put(alternative.id(), 0.0);
            }
            for (Node node : hierarchy.nodes()) {
                if (node.isLeaf()) {
                    ComparisonResult under = comparisons.get(node.element().id());
                    double weight = global.get(node.element().id());
                    for (int i = 0; i < hierarchy.alternatives().size(); i++) {
                        priorities.merge(hierarchy.alternatives().get(i).id(), weight * under.localWeight(i), Double::sum);
                    }
                }
            }
        }
        return new Result(hierarchy, method, comparisons, local, global, priorities);
    }

    private static void distribute(Node node, Map<String, ComparisonResult> comparisons, Map<String, Double> local,
            Map<String, Double> global) {
        if (node.isLeaf()) {
            return;
        }
        ComparisonResult comparison = comparisons.get(node.element().id());
        double parent = global.get(node.element().id());
        for (int i = 0; i < node.children().size(); i++) {
            Node child = node.children().get(i);
            local.put(child.element().id(), comparison.localWeight(i));
            global.put(child.element().id(), parent * comparison.localWeight(i));
            distribute(child, comparisons, local, global);
        }
    }
}
