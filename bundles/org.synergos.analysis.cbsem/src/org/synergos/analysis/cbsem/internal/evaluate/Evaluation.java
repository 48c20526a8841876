package org.synergos.analysis.cbsem.internal.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.synergos.analysis.cbsem.core.Estimator;
import org.synergos.analysis.cbsem.core.HeywoodCase;
import org.synergos.analysis.cbsem.core.InformationType;
import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.Parameter;
import org.synergos.analysis.cbsem.core.ParameterEstimate;
import org.synergos.analysis.cbsem.core.ParameterTable;
import org.synergos.analysis.cbsem.core.SemOptions;
import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.estimate.InformationMatrices;
import org.synergos.analysis.cbsem.internal.estimate.ModelFitter;
import org.synergos.analysis.cbsem.internal.model.Dense;
import org.synergos.analysis.cbsem.internal.specify.BaselineTable;

/**
 * The evaluate stage: covariance of the estimates (expected / observed information, Huber–White
 * sandwich {@code A⁻¹BA⁻¹} for MLR (Huber 1967; White 1982), or bootstrap), Wald tests and confidence
 * intervals, standardised values, defined parameters, fit measures against the saturated and
 * baseline models, R² and Heywood cases. Immutable result.
 */
public final class Evaluation {

    private final List<ParameterEstimate> estimates;
    private final Map<String, Double> fit;
    private final List<Map<String, Double>> r2;
    private final List<HeywoodCase> heywood;
    private final double[] vcov;
    private final List<String> warnings;
    private final int bootstrapFailed;
    private final int bootstrapOk;
    private final int bootstrapInadmissible;

    private Evaluation(List<ParameterEstimate> estimates, Map<String, Double> fit, List<Map<String, Double>> r2,
            List<HeywoodCase> heywood, double[] vcov, List<String> warnings, int bootstrapOk, int bootstrapFailed,
            int bootstrapInadmissible) {
        this.estimates = List.copyOf(estimates);
        this.fit = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fit));
        this.r2 = List.copyOf(r2);
        this.heywood = List.copyOf(heywood);
        this.vcov = vcov;
        this.warnings = List.copyOf(warnings);
        this.bootstrapOk = bootstrapOk;
        this.bootstrapFailed = bootstrapFailed;
        this.bootstrapInadmissible = bootstrapInadmissible;
    }

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    public static Evaluation of(FittedModel fm, SemOptions options) {
        return of(fm, options, fm.table());
    }

    /**
     * As {@link #of(FittedModel, SemOptions)}, with df, npar and the free-row count of the fit measures
     * taken from {@code counted}: lavaan counts inequality constraints in none of them, active or not,
     * so a fit whose table makes active inequalities equalities is counted as the table it came from.
     */
    public static Evaluation of(FittedModel fm, SemOptions options, ParameterTable counted) {
        ParameterTable table = fm.table();
        int q = table.freeCount();
        List<String> warnings = new ArrayList<>();
        boolean needA = options.bootstrapDraws() == 0 || options.estimator() == Estimator.MLR;
        double[] a = null;
        double[] b = null;
        double[] vcov = null;
        if (options.information() == InformationType.OBSERVED || options.estimator() == Estimator.MLR) {
            a = options.information() == InformationType.OBSERVED ? InformationMatrices.observed(fm)
                    : InformationMatrices.expected(fm);
        } else if (needA) {
            a = InformationMatrices.expected(fm);
        }
        double[] aInv = a == null ? null : invert(a, q, table, warnings);
        if (options.estimator() == Estimator.MLR || options.estimator() == Estimator.MLM) {
            // MLR: Huber–White meat (first-order information); MLM: lavaan's robust.sem meat Δ'WΓWΔ
            b = options.estimator() == Estimator.MLR ? InformationMatrices.firstOrder(fm) : SatorraBentler.meat(fm);
            if (aInv != null) {
                vcov = sandwich(aInv, b, q);
            }
        } else {
            vcov = aInv;
        }
        double[][] bootDraws = null;
        int bootFailed = 0;
        int bootInadmissible = 0;
        if (options.bootstrapDraws() > 0) {
            Bootstrapper.Draws d = Bootstrapper.run(fm, options.bootstrapDraws(), options.bootstrapSeed(),
                    options.threads(), options.maxIterations(), Math.max(options.tolerance(), 1e-6));
            bootDraws = d.estimates();
            bootFailed = d.failed();
            bootInadmissible = d.inadmissible();
            if (bootFailed > 0) {
                warnings.add(bootFailed + " of " + options.bootstrapDraws() + " bootstrap draws did not converge"
                        + " (left out of the bootstrap SEs and CIs, as lavaan)");
            }
            if (bootInadmissible > 0) {
                warnings.add(bootInadmissible + " of " + options.bootstrapDraws() + " bootstrap draws gave an inadmissible"
                        + " solution (negative variance or non-positive-definite covariance matrix; kept, as lavaan)");
            }
            vcov = bootDraws.length > 1 ? Bootstrapper.covariance(bootDraws, q) : null;
        }
        List<Parameter> rows = table.rows();
        double[] theta = fm.theta();
        double[] rowValues = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            rowValues[i] = rows.get(i).group() > 0 ? fm.value(i) : Double.NaN;
        }
        Standardization std = Standardization.of(fm, theta);
        double[] stdLv = std.stdLv();
        double[] stdAll = std.stdAll();
        double[] stdNox = std.stdNox();
        double zCrit = STANDARD_NORMAL.inverseCumulativeProbability(
                1 - (1 - options.confidenceLevel()) / 2);
        List<ParameterEstimate> out = new ArrayList<>();
        for (Parameter r : rows) {
            if (r.group() == 0) {
                continue;
            }
            int i = r.id() - 1;
            double est = rowValues[i];
            if (!r.isFree()) {
                out.add(new ParameterEstimate(r, est, 0, Double.NaN, Double.NaN, est, est, stdLv[i], stdAll[i], stdNox[i]));
                continue;
            }
            int k = r.free() - 1;
            double se = vcov == null ? Double.NaN : Math.sqrt(Math.max(vcov[k * q + k], 0));
            double lo = est - zCrit * se;
            double hi = est + zCrit * se;
            if (bootDraws != null && bootDraws.length > 1) {
                double[] col = column(bootDraws, k);
                double[] ci = BootstrapCi.interval(options.bootCiType(), col, est, se, mean(col),
                        options.confidenceLevel());
                lo = ci[0];
                hi = ci[1];
            }
            out.add(estimate(r, est, se, lo, hi, stdLv[i], stdAll[i], stdNox[i]));
        }
        List<Parameter> definedRows = table.definedRows();
        if (!definedRows.isEmpty()) {
            double[][] def = DefinedParameters.evaluate(table, rowValues, vcov);
            double[] defLv = DefinedParameters.values(table, stdLv);
            double[] defAll = DefinedParameters.values(table, stdAll);
            double[] defNox = DefinedParameters.values(table, stdNox);
            double[][] defDraws = null;
            double[] defAtMean = null;
            if (bootDraws != null && bootDraws.length > 1) {
                // the normal interval's bias of a defined parameter: its value at the draws' mean (as lavaan)
                double[] rvMean = rowValues.clone();
                for (Parameter r : rows) {
                    if (r.isFree()) {
                        rvMean[r.id() - 1] = mean(column(bootDraws, r.free() - 1));
                    }
                }
                defAtMean = DefinedParameters.values(table, rvMean);
                defDraws = new double[bootDraws.length][];
                for (int bIdx = 0; bIdx < bootDraws.length; bIdx++) {
                    double[] rv = rowValues.clone();
                    for (Parameter r : rows) {
                        if (r.isFree()) {
                            rv[r.id() - 1] = bootDraws[bIdx][r.free() - 1];
                        }
                    }
                    defDraws[bIdx] = DefinedParameters.values(table, rv);
                }
            }
            for (int d = 0; d < definedRows.size(); d++) {
                double se = def[d][1];
                double lo = def[d][0] - zCrit * se;
                double hi = def[d][0] + zCrit * se;
                if (defDraws != null) {
                    double[] col = column(defDraws, d);
                    se = Math.sqrt(variance(col)); // n - 1, as lavaan's cov(BOOT.def)
                    double[] ci = BootstrapCi.interval(options.bootCiType(), col, def[d][0], se, defAtMean[d],
                            options.confidenceLevel());
                    lo = ci[0];
                    hi = ci[1];
                }
                out.add(estimate(definedRows.get(d), def[d][0], se, lo, hi, defLv[d], defAll[d], defNox[d]));
            }
        }
        Map<String, Double> fit = fitMeasures(fm, options, a, b, counted);
        List<HeywoodCase> heywood = new ArrayList<>();
        for (ParameterEstimate e : out) {
            Parameter r = e.parameter();
            if (r.op() == Operator.COVARIANCE && r.lhs().equals(r.rhs()) && e.estimate() < 0) {
                String grp = table.groupCount() > 1 ? " in group " + r.group() + " (" + table.groupLabels().get(r.group() - 1)
                        + ")" : "";
                heywood.add(new HeywoodCase(r, e.estimate(), "negative variance estimate " + e.estimate() + " for '"
                        + r.lhs() + " ~~ " + r.rhs() + "'" + grp + " (Heywood case; improper solution, left as estimated)"));
            }
        }
        for (HeywoodCase h : heywood) {
            warnings.add(h.message());
        }
        warnings.addAll(LatentCovarianceCheck.warnings(fm));
        int ok = bootDraws == null ? 0 : bootDraws.length;
        return new Evaluation(out, fit, std.r2(), heywood, vcov, warnings, ok, bootFailed, bootInadmissible);
    }

    private static Map<String, Double> fitMeasures(FittedModel fm, SemOptions options, double[] a, double[] b,
            ParameterTable counted) {
        ParameterTable baseTable = BaselineTable.of(fm.table());
        FittedModel base = ModelFitter.fit(baseTable, fm.samples(), fm.h1(), fm.fiml(),
                BaselineTable.startValues(baseTable, fm.h1()), options.maxIterations(), options.tolerance());
        int df = BaselineTable.degreesOfFreedom(counted);
        int dfB = BaselineTable.degreesOfFreedom(baseTable);
        YuanBentlerScaling.Result scaling = null;
        YuanBentlerScaling.Result scalingB = null;
        boolean mlr = options.estimator() == Estimator.MLR;
        double[] aB = null;
        if (mlr && df > 0) {
            aB = options.information() == InformationType.OBSERVED ? InformationMatrices.observed(base)
                    : InformationMatrices.expected(base);
            scaling = YuanBentlerScaling.compute(fm, a, b, df);
            scalingB = YuanBentlerScaling.compute(base, aB, InformationMatrices.firstOrder(base), dfB);
        } else if (options.estimator() == Estimator.MLM && df > 0) {
            scaling = SatorraBentler.scaling(fm, a, b, df);
            scalingB = SatorraBentler.scaling(base, InformationMatrices.expected(base), SatorraBentler.meat(base), dfB);
        }
        FitStatistics.Robust robust = null;
        if (fm.fiml() && df > 0) {
            FimlCorrection.Result fc = FimlCorrection.compute(fm, df, base, dfB, mlr,
                    options.information() == InformationType.EXPECTED);
            robust = new FitStatistics.Robust(fc.x2(), fc.c(), fc.x2Null(), fc.cNull());
        }
        Map<String, Double> fit = new java.util.LinkedHashMap<>(
                FitStatistics.compute(fm, base, df, dfB, scaling, scalingB, robust, counted.freeCount()));
        if (scaling != null && mlr) {
            fit.put("scaling.factor.h1", scaling.traceH1() / scaling.h1Moments());
            // per free row, as lavaan counts parameters before equality constraints
            int freeRows = 0;
            for (Parameter r : counted.rows()) {
                freeRows += r.isFree() && r.group() > 0 ? 1 : 0;
            }
            fit.put("scaling.factor.h0", scaling.traceH0() / freeRows);
        }
        return FitStatistics.inLavaanOrder(fit);
    }

    private static ParameterEstimate estimate(Parameter r, double est, double se, double lo, double hi, double stdLv,
            double stdAll, double stdNox) {
        double z = est / se;
        double p = 2 * (1 - STANDARD_NORMAL.cumulativeProbability(Math.abs(z)));
        return new ParameterEstimate(r, est, se, z, p, lo, hi, stdLv, stdAll, stdNox);
    }

    private static double[] invert(double[] a, int q, ParameterTable table, List<String> warnings) {
        if (q == 0) {
            return new double[0];
        }
        double[] spd = Dense.inverseSpd(a, q);
        if (spd != null) {
            // λmin/λmax ≥ 1/(tr A · tr A⁻¹) for a positive-definite A: when that bound clears the
            // threshold, the singular value test below cannot fail and the Cholesky inverse suffices
            double trA = 0;
            double trInv = 0;
            for (int k = 0; k < q; k++) {
                trA += a[k * q + k];
                trInv += spd[k * q + k];
            }
            if (1.0 / (trA * trInv) > 1e-10) {
                return spd;
            }
        }
        Array2DRowRealMatrix m = new Array2DRowRealMatrix(Dense.unflatten(a, q), false);
        SingularValueDecomposition svd = new SingularValueDecomposition(m);
        double[] sv = svd.getSingularValues();
        if (sv[sv.length - 1] <= 1e-10 * sv[0]) {
            double[] v = svd.getV().getColumn(sv.length - 1);
            int worst = 0;
            for (int k = 1; k < q; k++) {
                worst = Math.abs(v[k]) > Math.abs(v[worst]) ? k : worst;
            }
            String name = "";
            for (Parameter p : table.rows()) {
                if (p.free() == worst + 1) {
                    name = p.toString();
                    break;
                }
            }
            warnings.add("information matrix is singular (condition " + sv[0] / sv[sv.length - 1]
                    + "): the model may be empirically under-identified; check parameter '" + name + "'");
            return null;
        }
        return Dense.flatten(new LUDecomposition(m).getSolver().getInverse().getData());
    }

    private static double[] sandwich(double[] aInv, double[] b, int q) {
        double[] tmp = new double[q * q];
        double[] out = new double[q * q];
        for (int i = 0; i < q; i++) {
            for (int k = 0; k < q; k++) {
                double v = aInv[i * q + k];
                for (int j = 0; j < q; j++) {
                    tmp[i * q + j] += v * b[k * q + j];
                }
            }
        }
        for (int i = 0; i < q; i++) {
            for (int k = 0; k < q; k++) {
                double v = tmp[i * q + k];
                for (int j = 0; j < q; j++) {
                    out[i * q + j] += v * aInv[k * q + j];
                }
            }
        }
        return out;
    }

    private static double[] column(double[][] m, int k) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i][k];
        }
        return out;
    }

    private static double mean(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        return mean;
    }

    private static double variance(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return s / (x.length - 1);
    }

    public List<ParameterEstimate> estimates() {
        return estimates;
    }

    public Map<String, Double> fit() {
        return fit;
    }

    public List<Map<String, Double>> r2() {
        return r2;
    }

    public List<HeywoodCase> heywood() {
        return heywood;
    }

    /** Covariance of the free estimates (q×q), or null when not available. */
    public double[] vcov() {
        return vcov == null ? null : vcov.clone();
    }

    public List<String> warnings() {
        return warnings;
    }

    public int bootstrapOk() {
        return bootstrapOk;
    }

    public int bootstrapFailed() {
        return bootstrapFailed;
    }

    public int bootstrapInadmissible() {
        return bootstrapInadmissible;
    }
}
