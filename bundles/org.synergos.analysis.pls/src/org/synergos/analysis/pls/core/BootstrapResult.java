package org.synergos.analysis.pls.core;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable outcome of {@link PlsBootstrap}: per-parameter summaries and the raw draws. Degenerate draws
 * (an indicator with zero variance in the resample, non-convergence, a singular or inadmissible solution)
 * are counted by cause, kept as NaN rows in {@link #draws}, and excluded from all summaries.
 */
public final class BootstrapResult {

    private final PlsResult original;
    private final int requestedDraws;
    private final Map<String, Integer> degenerateCauses;
    private final Map<ParameterKind, List<BootstrapStatistic>> statistics;
    private final Map<ParameterKind, double[][]> draws;
    private final double confidenceLevel;

    BootstrapResult(PlsResult original, int requestedDraws, Map<String, Integer> degenerateCauses,
            Map<ParameterKind, List<BootstrapStatistic>> statistics, Map<ParameterKind, double[][]> draws,
            double confidenceLevel) {
        this.original = original;
        this.requestedDraws = requestedDraws;
        // sorted: Map.copyOf would iterate in an order that changes from run to run (messages print this map)
        this.degenerateCauses = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(degenerateCauses));
        this.statistics = new EnumMap<>(statistics);
        this.draws = new EnumMap<>(draws);
        this.confidenceLevel = confidenceLevel;
    }

    /** The full-sample estimation. */
    public PlsResult original() {
        return original;
    }

    public int requestedDraws() {
        return requestedDraws;
    }

    /** Draws that produced estimates and enter the summaries. */
    public int validDraws() {
        return requestedDraws - degenerateDraws();
    }

    public int degenerateDraws() {
        return degenerateCauses.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Number of degenerate draws per cause (e.g. {@code ZERO_VARIANCE_INDICATOR}, {@code NOT_CONVERGED}). */
    public Map<String, Integer> degenerateCauses() {
        return degenerateCauses;
    }

    public double confidenceLevel() {
        return confidenceLevel;
    }

    /** Summaries of one parameter family, in {@link ParameterKind} order. */
    public List<BootstrapStatistic> statistics(ParameterKind kind) {
        return statistics.get(kind);
    }

    /** The summary with the given label, e.g. {@code statistic(PATH, "Image -> Loyalty")}. */
    public BootstrapStatistic statistic(ParameterKind kind, String label) {
        return statistics.get(kind).stream().filter(s -> s.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + kind + " '" + label + "'"));
    }

    /** Draws × parameters of one family (a copy; NaN rows for degenerate draws). */
    public double[][] draws(ParameterKind kind) {
        double[][] d = draws.get(kind);
        double[][] copy = new double[d.length][];
        for (int i = 0; i < d.length; i++) {
            copy[i] = d[i].clone();
        }
        return copy;
    }

    public List<BootstrapStatistic> paths() {
        return statistics(ParameterKind.PATH);
    }

    public List<BootstrapStatistic> loadings() {
        return statistics(ParameterKind.LOADING);
    }

    public List<BootstrapStatistic> weights() {
        return statistics(ParameterKind.WEIGHT);
    }

    public List<BootstrapStatistic> totalEffects() {
        return statistics(ParameterKind.TOTAL_EFFECT);
    }

    public List<BootstrapStatistic> specificIndirectEffects() {
        return statistics(ParameterKind.SPECIFIC_INDIRECT_EFFECT);
    }

    public List<BootstrapStatistic> htmt() {
        return statistics(ParameterKind.HTMT);
    }

    @Override
    public String toString() {
        return "BootstrapResult[" + validDraws() + "/" + requestedDraws + " valid, degenerate " + degenerateCauses + "]";
    }
}
