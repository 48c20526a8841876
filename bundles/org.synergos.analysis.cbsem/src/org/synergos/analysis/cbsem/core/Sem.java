package org.synergos.analysis.cbsem.core;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.estimate.GroupSample;
import org.synergos.analysis.cbsem.internal.estimate.InequalityConstraints;
import org.synergos.analysis.cbsem.internal.estimate.ModelFitter;
import org.synergos.analysis.cbsem.internal.estimate.SampleBuilder;
import org.synergos.analysis.cbsem.internal.estimate.SaturatedEm;
import org.synergos.analysis.cbsem.internal.estimate.SummarySamples;
import org.synergos.analysis.cbsem.internal.evaluate.Evaluation;
import org.synergos.analysis.cbsem.internal.evaluate.FitStatistics;
import org.synergos.analysis.cbsem.internal.evaluate.ModIndices;
import org.synergos.analysis.cbsem.internal.specify.BaselineTable;
import org.synergos.analysis.cbsem.internal.specify.IdentificationCheck;
import org.synergos.analysis.cbsem.internal.specify.TableBuilder;

/**
 * Entry point of the CB-SEM engine: specify → estimate → evaluate, like lavaan's {@code sem()}.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * SemResult r = Sem.fit(model, DataSet.readCsv(path), SemOptions.defaults());
 * double cfi = r.fitMeasures().cfi();
 * }</pre>
 */
public final class Sem {

    private Sem() {
    }

    /** Applies lavaan's {@code sem()} defaults to the statements; groups come from the data. */
    public static ParameterTable specify(ModelSpecification model, DataSet data, SemOptions options) {
        List<String> groups = SampleBuilder.groupLabels(data, options.groupVariable());
        boolean intercepts = model.statements().stream().anyMatch(s -> s.op() == Operator.INTERCEPT);
        return new TableBuilder(model, groups, options.meanStructure(groups.size(), intercepts), options.groupEqual(),
                options.groupPartial(), options.fixedX(), options.stdLv()).build();
    }

    /** Specifies and fits. */
    public static SemResult fit(ModelSpecification model, DataSet data, SemOptions options) {
        return fit(specify(model, data, options), data, options);
    }

    /**
     * Applies lavaan's {@code sem()} defaults for summary statistics: groups come from the data, and the
     * model has a mean structure when means are given (unless {@code meanstructure} is set).
     */
    public static ParameterTable specify(ModelSpecification model, SummaryData data, SemOptions options) {
        List<String> groups = data.groupLabels();
        boolean intercepts = model.statements().stream().anyMatch(s -> s.op() == Operator.INTERCEPT);
        Boolean stated = options.meanStructureSetting();
        boolean meanStructure = stated != null ? stated : data.hasMeans() || intercepts;
        SummarySamples.refuseRawDataOptions(options, meanStructure, data);
        return new TableBuilder(model, groups, meanStructure, options.groupEqual(), options.groupPartial(),
                options.fixedX(), options.stdLv()).build();
    }

    /** Specifies and fits from summary statistics (lavaan's {@code sample.cov}, {@code sample.nobs}, {@code sample.mean}). */
    public static SemResult fit(ModelSpecification model, SummaryData data, SemOptions options) {
        return fit(specify(model, data, options), data, options);
    }

    /**
     * Fits a parameter table to summary statistics: ML with analytic standard errors; FIML, robust
     * estimators and the bootstrap, which need the cases, are refused by name.
     */
    public static SemResult fit(ParameterTable table, SummaryData data, SemOptions options) {
        SummarySamples.refuseRawDataOptions(options, table.meanStructure(), data);
        IdentificationCheck.check(table, data.names(), BaselineTable.fixedXMoments(table));
        return fit(table, SummarySamples.build(data, table.observed(), table.groupLabels()), options);
    }

    /**
     * Fits a parameter table.
     *
     * @throws IdentificationException when an identification check fails (before fitting)
     * @throws NonConvergenceException when the optimiser does not converge
     */
    public static SemResult fit(ParameterTable table, DataSet data, SemOptions options) {
        IdentificationCheck.check(table, data.names(), BaselineTable.fixedXMoments(table));
        return fit(table, SampleBuilder.build(data, table.observed(), options.groupVariable(), table.groupLabels(),
                options.missing()), options);
    }

    private static SemResult fit(ParameterTable table, List<GroupSample> samples, SemOptions options) {
        List<SaturatedEm.Moments> h1 = new ArrayList<>();
        for (GroupSample s : samples) {
            h1.add(SaturatedEm.estimate(s));
        }
        boolean fiml = options.missing() == MissingData.FIML;
        if (options.estimator() == Estimator.MLM) {
            refuseWithMlm(table, options);
        }
        InequalityConstraints inequalities = InequalityConstraints.of(table);
        InequalityConstraints.Solution constrained = null;
        FittedModel fm;
        if (inequalities.isEmpty()) {
            fm = ModelFitter.fit(table, samples, h1, fiml, null, options.maxIterations(), options.tolerance());
            if (!fm.convergence().converged()) {
                throw new NonConvergenceException(fm.convergence());
            }
        } else {
            refuseWithInequalities(inequalities, options);
            constrained = inequalities.fit(samples, h1, fiml, options.maxIterations(), options.tolerance());
            fm = constrained.fitted();
        }
        Evaluation ev = Evaluation.of(fm, options, table);
        int[] sizes = new int[samples.size()];
        for (int g = 0; g < sizes.length; g++) {
            sizes[g] = samples.get(g).n();
        }
        List<ParameterEstimate> estimates = constrained == null ? ev.estimates()
                : constrained.onOriginalRows(ev.estimates());
        double[] vcov = constrained == null ? ev.vcov() : constrained.expandVcov(ev.vcov());
        List<String> active = new ArrayList<>();
        if (constrained != null) {
            constrained.active().forEach(c -> active.add(c.text()));
        }
        return new SemResult(table, options, estimates, new FitMeasures(ev.fit()), ev.r2(), ev.heywood(),
                ev.warnings(), fm.convergence(), vcov, sizes, ev.bootstrapOk(), ev.bootstrapFailed(),
                ev.bootstrapInadmissible(), fm, active);
    }

    /**
     * The bootstrap is refused by name with inequality constraints: each draw would need its own
     * constrained search (lavaan runs one), which {@code Bootstrapper} does not do.
     */
    private static void refuseWithInequalities(InequalityConstraints inequalities, SemOptions options) {
        if (options.bootstrapDraws() > 0) {
            throw new SemException("inequality constraint '" + inequalities.constraints().get(0).text()
                    + "' with bootstrap standard errors is not supported by the CB-SEM engine (each draw would"
                    + " need its own constrained estimation)");
        }
    }

    /**
     * MLM as lavaan defines it (ML estimates, robust.sem SEs with the expected information, Satorra–Bentler
     * test): lavaan itself refuses FIML with it; the rest is refused because it is not what was checked.
     */
    private static void refuseWithMlm(ParameterTable table, SemOptions options) {
        if (options.missing() == MissingData.FIML) {
            throw new SemException("missing = fiml is not allowed with estimator MLM (as in lavaan: MLM needs"
                    + " complete data); use listwise deletion, or estimator MLR for robust FIML");
        }
        if (options.information() != InformationType.EXPECTED) {
            throw new SemException("estimator MLM uses the expected information (lavaan's robust.sem and"
                    + " satorra.bentler); information = observed is not supported with it by the CB-SEM engine");
        }
        if (options.bootstrapDraws() > 0) {
            throw new SemException("estimator MLM with bootstrap standard errors is not supported by the CB-SEM"
                    + " engine (MLM's standard errors are robust.sem)");
        }
        if (BaselineTable.fixedXMoments(table) > 0) {
            throw new SemException("estimator MLM with fixed.x covariates (exogenous observed predictors) is not"
                    + " supported by the CB-SEM engine (lavaan's Γ then conditions on them)");
        }
    }

    /** Score tests at a constrained optimum would need lavaan's bordered matrices, which these do not use. */
    private static void refuseActiveInequalities(SemResult result, String what) {
        if (!result.activeInequalityConstraints().isEmpty()) {
            throw new SemException(what + " are not available when inequality constraints are active ('"
                    + String.join("', '", result.activeInequalityConstraints()) + "')");
        }
    }

    /**
     * Modification indices with expected parameter changes for every parameter that could be freed,
     * as lavaan's {@code modindices()}: cross-loadings, covariances among indicators, (residual)
     * covariances among latents, structural paths and the model's fixed parameters; candidates whose
     * freeing would not be identified are left out. Sorted by decreasing MI.
     */
    public static List<ModificationIndex> modificationIndices(SemResult result) {
        refuseActiveInequalities(result, "modification indices");
        return ModIndices.compute(result.fitted());
    }

    /**
     * Score tests of releasing each equality constraint (e.g. of {@code group.equal}) on its own, as
     * lavaan's {@code lavTestScore()} (univariate), with expected parameter changes; in table order.
     */
    public static List<ReleasedConstraint> releasedConstraints(SemResult result) {
        refuseActiveInequalities(result, "score tests of equality constraints");
        return ModIndices.releasedConstraints(result.fitted());
    }

    /** Score test of releasing all equality constraints at once (lavaan's {@code lavTestScore()} total). */
    public static ChiSquareDifference releaseAllConstraints(SemResult result) {
        refuseActiveInequalities(result, "score tests of equality constraints");
        double[] t = ModIndices.releaseAll(result.fitted());
        int df = (int) t[1];
        return new ChiSquareDifference(t[0], df, FitStatistics.upperTail(t[0], df), false);
    }

    /**
     * Chi-square difference test of {@code restricted} against {@code general} (nested, fitted to the
     * same data); scaled (Satorra 2000) when both used MLR, or both MLM.
     */
    public static ChiSquareDifference compare(SemResult restricted, SemResult general) {
        FitMeasures r = restricted.fitMeasures();
        FitMeasures g = general.fitMeasures();
        if (restricted.options().estimator() != general.options().estimator()) {
            throw new SemException("a chi-square difference test needs both models fitted with one estimator ("
                    + restricted.options().estimator() + " vs " + general.options().estimator() + ")");
        }
        int dfDiff = r.df() - g.df();
        if (dfDiff <= 0) {
            throw new SemException("the restricted model must have more degrees of freedom than the general one ("
                    + r.df() + " vs " + g.df() + ")");
        }
        double diff = r.chisq() - g.chisq();
        boolean scaled = r.has("chisq.scaling.factor") && g.has("chisq.scaling.factor");
        if (scaled) {
            double cd = (r.df() * r.get("chisq.scaling.factor") - g.df() * g.get("chisq.scaling.factor")) / dfDiff;
            diff = diff / cd;
        }
        return new ChiSquareDifference(diff, dfDiff, FitStatistics.upperTail(diff, dfDiff), scaled);
    }
}
