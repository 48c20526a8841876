package org.synergos.analysis.cbsem.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.evaluate.Inspection;

/**
 * Immutable result of {@link Sem#fit}: estimates (lavaan {@code parameterEstimates()} rows including
 * {@code :=} rows), fit measures, R², Heywood cases, warnings and convergence. Modification indices
 * are computed on demand by {@link Sem#modificationIndices(SemResult)}.
 */
public final class SemResult {

    private final ParameterTable table;
    private final SemOptions options;
    private final List<ParameterEstimate> estimates;
    private final FitMeasures fit;
    private final List<Map<String, Double>> r2;
    private final List<HeywoodCase> heywood;
    private final List<String> warnings;
    private final Convergence convergence;
    private final double[] vcov;
    private final int[] groupSizes;
    private final int bootstrapDraws;
    private final int bootstrapFailed;
    private final int bootstrapInadmissible;
    private final FittedModel fitted;
    private final List<String> activeInequalities;

    SemResult(ParameterTable table, SemOptions options, List<ParameterEstimate> estimates, FitMeasures fit,
            List<Map<String, Double>> r2, List<HeywoodCase> heywood, List<String> warnings, Convergence convergence,
            double[] vcov, int[] groupSizes, int bootstrapDraws, FittedModel fitted) {
        this(table, options, estimates, fit, r2, heywood, warnings, convergence, vcov, groupSizes, bootstrapDraws, 0, 0,
                fitted);
    }

    SemResult(ParameterTable table, SemOptions options, List<ParameterEstimate> estimates, FitMeasures fit,
            List<Map<String, Double>> r2, List<HeywoodCase> heywood, List<String> warnings, Convergence convergence,
            double[] vcov, int[] groupSizes, int bootstrapDraws, int bootstrapFailed, int bootstrapInadmissible,
            FittedModel fitted) {
        this(table, options, estimates, fit, r2, heywood, warnings, convergence, vcov, groupSizes, bootstrapDraws,
                bootstrapFailed, bootstrapInadmissible, fitted, List.of());
    }

    SemResult(ParameterTable table, SemOptions options, List<ParameterEstimate> estimates, FitMeasures fit,
            List<Map<String, Double>> r2, List<HeywoodCase> heywood, List<String> warnings, Convergence convergence,
            double[] vcov, int[] groupSizes, int bootstrapDraws, int bootstrapFailed, int bootstrapInadmissible,
            FittedModel fitted, List<String> activeInequalities) {
        this.activeInequalities = List.copyOf(activeInequalities);
        this.table = table;
        this.options = options;
        this.estimates = List.copyOf(estimates);
        this.fit = fit;
        List<Map<String, Double>> r2Copy = new ArrayList<>();
        for (Map<String, Double> m : r2) {
            r2Copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(m)));
        }
        this.r2 = Collections.unmodifiableList(r2Copy);
        this.heywood = List.copyOf(heywood);
        this.warnings = List.copyOf(warnings);
        this.convergence = convergence;
        this.vcov = vcov == null ? null : vcov.clone();
        this.groupSizes = groupSizes.clone();
        this.bootstrapDraws = bootstrapDraws;
        this.bootstrapFailed = bootstrapFailed;
        this.bootstrapInadmissible = bootstrapInadmissible;
        this.fitted = fitted;
    }

    /** The fitted parameter table. */
    public ParameterTable parameterTable() {
        return table;
    }

    public SemOptions options() {
        return options;
    }

    /** Estimates in parameter-table order (fixed rows included), then {@code :=} rows. */
    public List<ParameterEstimate> estimates() {
        return estimates;
    }

    /** The estimate of {@code lhs op rhs} in {@code group} (1-based; 0 for {@code :=}). */
    public ParameterEstimate estimate(String lhs, Operator op, String rhs, int group) {
        for (ParameterEstimate e : estimates) {
            Parameter p = e.parameter();
            if (p.op() == op && p.group() == group && ((p.lhs().equals(lhs) && p.rhs().equals(rhs))
                    || (op == Operator.COVARIANCE && p.lhs().equals(rhs) && p.rhs().equals(lhs)))) {
                return e;
            }
        }
        throw new IllegalArgumentException("no parameter " + lhs + " " + op.symbol() + " " + rhs + " in group " + group);
    }

    /** The estimate of a single-group parameter. */
    public ParameterEstimate estimate(String lhs, Operator op, String rhs) {
        return estimate(lhs, op, rhs, op == Operator.DEFINED ? 0 : 1);
    }

    public FitMeasures fitMeasures() {
        return fit;
    }

    /** R² of the endogenous variables of group {@code group} (1-based). */
    public Map<String, Double> rSquared(int group) {
        return r2.get(group - 1);
    }

    /** Negative variance estimates, flagged (never fixed). */
    public List<HeywoodCase> heywoodCases() {
        return heywood;
    }

    /** Warnings (Heywood cases, singular information, failed bootstrap draws). */
    public List<String> warnings() {
        return warnings;
    }

    public Convergence convergence() {
        return convergence;
    }

    /** Covariance matrix of the free estimates (npar × npar), or null when unavailable. */
    public double[][] vcov() {
        if (vcov == null) {
            return null;
        }
        int q = table.freeCount();
        double[][] out = new double[q][q];
        for (int i = 0; i < q; i++) {
            System.arraycopy(vcov, i * q, out[i], 0, q);
        }
        return out;
    }

    /** Cases used per group. */
    public int[] groupSizes() {
        return groupSizes.clone();
    }

    /** Successful bootstrap draws (0 without bootstrap). */
    public int bootstrapDraws() {
        return bootstrapDraws;
    }

    /** Bootstrap draws that did not converge (or failed otherwise), left out as lavaan's {@code error.idx}. */
    public int bootstrapFailed() {
        return bootstrapFailed;
    }

    /**
     * Successful bootstrap draws whose solution is inadmissible (lavaan's post-check: a negative variance, or a
     * latent or residual covariance matrix not positive definite); kept in the SEs and CIs, as lavaan keeps them.
     */
    public int bootstrapInadmissible() {
        return bootstrapInadmissible;
    }

    /** Group labels in lavaan's order (first appearance in the data); one empty label without groups. */
    public List<String> groupLabels() {
        return table.groupLabels();
    }

    /** Sample moments of {@code group} (1-based), as lavaan's {@code lavInspect(fit, "sampstat")}. */
    public Moments sampleMoments(int group) {
        return Inspection.sample(fitted, group - 1);
    }

    /** Model-implied moments of {@code group} (1-based), as lavaan's {@code fitted(fit)}. */
    public Moments impliedMoments(int group) {
        return Inspection.implied(fitted, group - 1);
    }

    /**
     * Missing-data patterns and coverage of the cases fitted in {@code group} (1-based), as lavaan's
     * {@code lavInspect(fit, "patterns")} and {@code "coverage"}; with listwise deletion one complete pattern.
     */
    public MissingPatterns missingPatterns(int group) {
        return Inspection.patterns(fitted, group - 1);
    }

    /**
     * The inequality constraints active at the estimates (lavaan 0.6-14: slack at most 1e-5), as written,
     * e.g. {@code a > 0.6}; they hold as equalities in the SEs (a parameter pinned to a number has SE 0),
     * and count in neither df nor npar, as in lavaan. Empty when there are none.
     */
    public List<String> activeInequalityConstraints() {
        return activeInequalities;
    }

    FittedModel fitted() {
        return fitted;
    }
}
