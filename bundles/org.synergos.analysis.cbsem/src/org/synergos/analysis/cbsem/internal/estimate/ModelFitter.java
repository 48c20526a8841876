package org.synergos.analysis.cbsem.internal.estimate;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.Parameter;
import org.synergos.analysis.cbsem.core.ParameterTable;
import org.synergos.analysis.cbsem.internal.model.RamModel;

/**
 * The estimate stage: resolves fixed.x values, compiles the RAM matrices, computes start values and
 * runs the {@link ScoringOptimizer}.
 */
public final class ModelFitter {

    private ModelFitter() {
    }

    /**
     * Fits {@code table}; {@code start} may be null (automatic start values). Non-convergence is
     * reported in the result's {@link FittedModel#convergence()}, not thrown.
     */
    public static FittedModel fit(ParameterTable table, List<GroupSample> samples, List<SaturatedEm.Moments> h1,
            boolean fiml, double[] start, int maxIterations, double tolerance) {
        return fit(table, samples, h1, fiml, start, null, maxIterations, tolerance);
    }

    /** As above with an initial inverse metric for the optimiser (may be null). */
    public static FittedModel fit(ParameterTable table, List<GroupSample> samples, List<SaturatedEm.Moments> h1,
            boolean fiml, double[] start, double[] inverseMetric, int maxIterations, double tolerance) {
        double[] fixed = resolveFixed(table, h1);
        List<RamModel> models = new ArrayList<>();
        for (int g = 1; g <= table.groupCount(); g++) {
            models.add(RamModel.compile(table, g, fixed));
        }
        Likelihood lik = new Likelihood(models, samples, table.freeCount(), fiml);
        double[] theta0 = start != null ? start : StartValues.compute(table, h1);
        int n = 0;
        for (GroupSample s : samples) {
            n += s.n();
        }
        ScoringOptimizer.Outcome out = new ScoringOptimizer(maxIterations, tolerance).maximise(lik, theta0, n, inverseMetric);
        return new FittedModel(table, models, samples, h1, fiml, out.theta(), out.logLik(), out.convergence(), fixed);
    }

    /** Fixed values per row: the table value, or sample moments for fixed.x rows (value NaN). */
    static double[] resolveFixed(ParameterTable table, List<SaturatedEm.Moments> h1) {
        List<Parameter> rows = table.rows();
        double[] out = new double[rows.size()];
        List<String> obs = table.observed();
        int p = obs.size();
        for (int i = 0; i < rows.size(); i++) {
            Parameter r = rows.get(i);
            if (r.isFree() || r.group() == 0) {
                out[i] = Double.NaN;
                continue;
            }
            double v = r.value();
            if (Double.isNaN(v)) {
                SaturatedEm.Moments m = h1.get(r.group() - 1);
                int a = obs.indexOf(r.lhs());
                if (r.op() == Operator.COVARIANCE && a >= 0 && obs.indexOf(r.rhs()) >= 0) {
                    v = m.cov()[a * p + obs.indexOf(r.rhs())];
                } else if (r.op() == Operator.INTERCEPT && a >= 0) {
                    v = m.mean()[a];
                } else {
                    v = 0.0;
                }
            }
            out[i] = v;
        }
        return out;
    }
}
