package org.synergos.analysis.dea.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The envelopment linear programmes of DEA against one reference set of DMUs (the technology), solved with
 * Commons Math's {@link SimplexSolver} (Bland's rule, so degenerate programmes cannot cycle).
 * <p>
 * Radial (first stage), for a DMU (x₀, y₀) and reference DMUs j = 1…n:
 * <ul>
 * <li>input-oriented: min θ s.t. Σⱼ λⱼ xᵢⱼ ≤ θ xᵢ₀, Σⱼ λⱼ yᵣⱼ ≥ yᵣ₀, λ ≥ 0;</li>
 * <li>output-oriented: max φ s.t. Σⱼ λⱼ xᵢⱼ ≤ xᵢ₀, Σⱼ λⱼ yᵣⱼ ≥ φ yᵣ₀, λ ≥ 0;</li>
 * </ul>
 * plus Σλ = 1 (VRS), Σλ ≤ 1 (NIRS) or Σλ ≥ 1 (NDRS) (Charnes, Cooper &amp; Rhodes 1978; Banker, Charnes &amp;
 * Cooper 1984). Second stage (max slack, as Benchmarking's {@code slack()} and DEAP): with θ* (φ*) fixed,
 * max Σ s⁻ + Σ s⁺ s.t. Σ λⱼ xᵢⱼ + sᵢ⁻ = θ* xᵢ₀ (resp. xᵢ₀), Σ λⱼ yᵣⱼ − sᵣ⁺ = yᵣ₀ (resp. φ* yᵣ₀), the same
 * constraint on Σλ; slacks summed in the data's own units.
 * <p>
 * Every column is divided by a fixed scale (its mean over the data) before solving; radial scores and λ
 * do not change under such scaling, and slacks are scaled back, so this only keeps the tableau well
 * conditioned.
 */
public final class Envelopment {

    /** Intensities below this are zero (peers are DMUs with λ above it). */
    public static final double LAMBDA_ZERO = 1e-9;
    private static final int MAX_ITERATIONS = 100_000;

    private final double[][] x;
    private final double[][] y;
    private final double[] xScale;
    private final double[] yScale;

    /**
     * @param x reference inputs, one row per reference DMU
     * @param y reference outputs
     * @param xScale positive divisor per input
     * @param yScale positive divisor per output
     */
    public Envelopment(double[][] x, double[][] y, double[] xScale, double[] yScale) {
        this.xScale = xScale.clone();
        this.yScale = yScale.clone();
        this.x = scaled(x, xScale);
        this.y = scaled(y, yScale);
    }

    /** Number of reference DMUs. */
    public int size() {
        return x.length;
    }

    /**
     * A radial score: θ (input) or φ (output) as the programme gives it, with the intensities.
     *
     * @param feasible false when the DMU lies outside the technology in a way no radial scaling mends (the
     *                 programme has no solution); score and λ are NaN then
     */
    public record Radial(boolean feasible, double score, double[] lambda) {
    }

    /** Slacks (data units) and intensities of the second stage. */
    public record Slacks(double[] input, double[] output, double[] lambda) {
    }

    /**
     * First stage for (x₀, y₀).
     *
     * @param excluded reference DMU whose λ is fixed at 0 (Andersen–Petersen super-efficiency), or -1
     * @throws IllegalStateException when the programme is unbounded (cannot happen with positive data)
     */
    public Radial radial(double[] x0, double[] y0, Returns rts, Orientation orientation, int excluded) {
        double[] sx = scaledPoint(x0, xScale);
        double[] sy = scaledPoint(y0, yScale);
        int n = size();
        int m = sx.length;
        int s = sy.length;
        int vars = 1 + n;
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            double[] row = new double[vars];
            for (int j = 0; j < n; j++) {
                row[1 + j] = -x[j][i];
            }
            if (orientation == Orientation.IN) {
                row[0] = sx[i];
                constraints.add(new LinearConstraint(row, Relationship.GEQ, 0));
            } else {
                constraints.add(new LinearConstraint(row, Relationship.GEQ, -sx[i]));
            }
        }
        for (int r = 0; r < s; r++) {
            double[] row = new double[vars];
            for (int j = 0; j < n; j++) {
                row[1 + j] = y[j][r];
            }
            if (orientation == Orientation.IN) {
                constraints.add(new LinearConstraint(row, Relationship.GEQ, sy[r]));
            } else {
                row[0] = -sy[r];
                constraints.add(new LinearConstraint(row, Relationship.GEQ, 0));
            }
        }
        addReturns(constraints, rts, vars, 1, n);
        if (excluded >= 0) {
            double[] row = new double[vars];
            row[1 + excluded] = 1;
            constraints.add(new LinearConstraint(row, Relationship.EQ, 0));
        }
        double[] objective = new double[vars];
        objective[0] = 1;
        GoalType goal = orientation == Orientation.IN ? GoalType.MINIMIZE : GoalType.MAXIMIZE;
        PointValuePair solution;
        try {
            solution = solve(objective, constraints, goal);
        } catch (NoFeasibleSolutionException e) {
            double[] nan = new double[n];
            Arrays.fill(nan, Double.NaN);
            return new Radial(false, Double.NaN, nan);
        }
        double[] point = solution.getPoint();
        return new Radial(true, point[0], cleaned(Arrays.copyOfRange(point, 1, vars)));
    }

    /**
     * Second stage for (x₀, y₀) with the first stage's score fixed.
     *
     * @return null when the programme has no solution (the score came from another technology)
     */
    public Slacks slacks(double[] x0, double[] y0, double score, Returns rts, Orientation orientation) {
        double[] sx = scaledPoint(x0, xScale);
        double[] sy = scaledPoint(y0, yScale);
        int n = size();
        int m = sx.length;
        int s = sy.length;
        int vars = m + s + n;
        // the first stage's optimum holds only to the solver's precision; the second stage's equalities
        // need a point inside the technology, so relax the score by a hair when the exact one is refused
        for (double relax : new double[] { 0, 1e-10, 1e-8 }) {
            double theta = orientation == Orientation.IN ? score * (1 + relax) : 1;
            double phi = orientation == Orientation.OUT ? score * (1 - relax) : 1;
            List<LinearConstraint> constraints = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                double[] row = new double[vars];
                row[i] = 1;
                for (int j = 0; j < n; j++) {
                    row[m + s + j] = x[j][i];
                }
                constraints.add(new LinearConstraint(row, Relationship.EQ, theta * sx[i]));
            }
            for (int r = 0; r < s; r++) {
                double[] row = new double[vars];
                row[m + r] = -1;
                for (int j = 0; j < n; j++) {
                    row[m + s + j] = y[j][r];
                }
                constraints.add(new LinearConstraint(row, Relationship.EQ, phi * sy[r]));
            }
            addReturns(constraints, rts, vars, m + s, n);
            // the sum of slacks in the data's units: a scaled slack s' = s / scale weighs scale
            double[] objective = new double[vars];
            for (int i = 0; i < m; i++) {
                objective[i] = xScale[i];
            }
            for (int r = 0; r < s; r++) {
                objective[m + r] = yScale[r];
            }
            PointValuePair solution;
            try {
                solution = solve(objective, constraints, GoalType.MAXIMIZE);
            } catch (NoFeasibleSolutionException e) {
                continue;
            }
            double[] point = solution.getPoint();
            double[] input = new double[m];
            double[] output = new double[s];
            for (int i = 0; i < m; i++) {
                input[i] = zeroed(point[i]) * xScale[i];
            }
            for (int r = 0; r < s; r++) {
                output[r] = zeroed(point[m + r]) * yScale[r];
            }
            return new Slacks(input, output, cleaned(Arrays.copyOfRange(point, m + s, vars)));
        }
        return null;
    }

    private static void addReturns(List<LinearConstraint> constraints, Returns rts, int vars, int first, int n) {
        if (rts == Returns.CRS) {
            return;
        }
        double[] row = new double[vars];
        Arrays.fill(row, first, first + n, 1);
        Relationship relationship = switch (rts) {
            case VRS -> Relationship.EQ;
            case NIRS -> Relationship.LEQ;
            case NDRS -> Relationship.GEQ;
            default -> throw new IllegalArgumentException(rts.toString());
        };
        constraints.add(new LinearConstraint(row, relationship, 1));
    }

    private static PointValuePair solve(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
        try {
            return new SimplexSolver().optimize(new MaxIter(MAX_ITERATIONS), new LinearObjectiveFunction(objective, 0),
                    new LinearConstraintSet(constraints), goal, new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
        } catch (UnboundedSolutionException e) {
            throw new IllegalStateException("the programme is unbounded", e);
        }
    }

    private static double[] cleaned(double[] lambda) {
        for (int j = 0; j < lambda.length; j++) {
            lambda[j] = lambda[j] < LAMBDA_ZERO ? 0 : lambda[j];
        }
        return lambda;
    }

    /** Slacks within the solver's precision of zero are zero. */
    private static double zeroed(double slack) {
        return Math.abs(slack) < 1e-10 ? 0 : slack;
    }

    private static double[][] scaled(double[][] data, double[] scale) {
        double[][] out = new double[data.length][];
        for (int j = 0; j < data.length; j++) {
            out[j] = scaledPoint(data[j], scale);
        }
        return out;
    }

    private static double[] scaledPoint(double[] point, double[] scale) {
        double[] out = new double[point.length];
        for (int i = 0; i < point.length; i++) {
            out[i] = point[i] / scale[i];
        }
        return out;
    }
}
