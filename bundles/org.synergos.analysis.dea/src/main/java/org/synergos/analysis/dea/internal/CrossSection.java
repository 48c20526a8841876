package org.synergos.analysis.dea.internal;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.dea.internal.Units.Unit;

/**
 * DEA of one cross-section of DMUs (one period), each against the technology the cross-section spans:
 * CRS, VRS and NIRS radial scores, scale efficiency, returns-to-scale class, second-stage slacks and
 * intensities (peers) under the chosen returns to scale, and Andersen &amp; Petersen (1993) super-efficiency.
 */
public final class CrossSection {

    /** Two scores closer than this (relative) are taken as equal when classifying returns to scale. */
    public static final double RTS_TOLERANCE = 1e-6;

    /**
     * Scores are efficiencies in (0, 1]: θ input-oriented, 1/φ output-oriented (Shephard's distance function).
     *
     * @param farrell     the programme's own optimum under the chosen returns to scale: θ, or φ ≥ 1 (Benchmarking's
     *                    Farrell output efficiency)
     * @param superScore  Andersen–Petersen super-efficiency under the chosen returns to scale, on the same scale as
     *                    the scores (above 1 for an efficient DMU); NaN when the programme has no solution
     * @param returnsClass "crs", "irs" or "drs"
     */
    public record Evaluation(Unit unit, double crs, double vrs, double nirs, double score, double farrell,
            double superScore, double superFarrell, String returnsClass, double[] inputSlacks, double[] outputSlacks,
            double[] lambda) {

        public double scale() {
            return crs / vrs;
        }
    }

    public record Result(List<Unit> units, List<Evaluation> evaluations, List<String> infeasibleSuper) {
    }

    private CrossSection() {
    }

    /** Score in (0, 1] from a programme's optimum. */
    public static double score(Orientation orientation, double optimum) {
        return orientation == Orientation.IN ? optimum : 1 / optimum;
    }

    public static Result evaluate(List<Unit> units, Returns rts, Orientation orientation, double[][] scales,
            Runnable cancelled) throws AnalysisException {
        int n = units.size();
        double[][] x = new double[n][];
        double[][] y = new double[n][];
        for (int j = 0; j < n; j++) {
            x[j] = units.get(j).x();
            y[j] = units.get(j).y();
        }
        Envelopment frontier = new Envelopment(x, y, scales[0], scales[1]);
        List<Evaluation> evaluations = new ArrayList<>();
        List<String> infeasibleSuper = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            cancelled.run();
            Unit unit = units.get(k);
            double crs = score(orientation, feasible(frontier.radial(x[k], y[k], Returns.CRS, orientation, -1), unit,
                    Returns.CRS, orientation).score());
            double vrs = score(orientation, feasible(frontier.radial(x[k], y[k], Returns.VRS, orientation, -1), unit,
                    Returns.VRS, orientation).score());
            double nirs = score(orientation, feasible(frontier.radial(x[k], y[k], Returns.NIRS, orientation, -1), unit,
                    Returns.NIRS, orientation).score());
            Envelopment.Radial chosen = feasible(frontier.radial(x[k], y[k], rts, orientation, -1), unit, rts, orientation);
            Envelopment.Slacks slacks = frontier.slacks(x[k], y[k], chosen.score(), rts, orientation);
            if (slacks == null) {
                throw new AnalysisException("the second-stage (max-slack) programme of " + unit.describe() + " ("
                        + rts.description() + ", " + orientation.description() + ") has no feasible solution");
            }
            Envelopment.Radial superEfficiency = frontier.radial(x[k], y[k], rts, orientation, k);
            if (!superEfficiency.feasible()) {
                infeasibleSuper.add(unit.describe());
            }
            evaluations.add(new Evaluation(unit, crs, vrs, nirs, score(orientation, chosen.score()), chosen.score(),
                    superEfficiency.feasible() ? score(orientation, superEfficiency.score()) : Double.NaN,
                    superEfficiency.score(), classify(crs, vrs, nirs), slacks.input(), slacks.output(), slacks.lambda()));
        }
        return new Result(units, evaluations, infeasibleSuper);
    }

    /**
     * Returns to scale at the DMU's projection (Färe, Grosskopf &amp; Lovell 1985; Coelli's DEAP): constant when the
     * CRS and VRS scores agree, otherwise decreasing when the NIRS score equals the VRS score, else increasing.
     */
    static String classify(double crs, double vrs, double nirs) {
        if (Math.abs(crs - vrs) <= RTS_TOLERANCE * vrs) {
            return "crs";
        }
        return Math.abs(nirs - vrs) <= RTS_TOLERANCE * vrs ? "drs" : "irs";
    }

    private static Envelopment.Radial feasible(Envelopment.Radial radial, Unit unit, Returns rts, Orientation orientation)
            throws AnalysisException {
        if (!radial.feasible()) {
            // with positive data a DMU always lies in the technology it helps span; say so rather than guess
            throw new AnalysisException("the DEA programme of " + unit.describe() + " (" + rts.description() + ", "
                    + orientation.description() + ") has no feasible solution");
        }
        return radial;
    }
}
