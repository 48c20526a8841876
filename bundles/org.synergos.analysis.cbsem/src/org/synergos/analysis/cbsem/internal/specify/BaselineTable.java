package org.synergos.analysis.cbsem.internal.specify;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.Parameter;
import org.synergos.analysis.cbsem.core.ParameterTable;
import org.synergos.analysis.cbsem.internal.estimate.SaturatedEm;

/**
 * The independence (null) model of a parameter table, lavaan's default baseline: free variances
 * (and intercepts with a mean structure) of the observed variables, all covariances zero except
 * among fixed.x covariates, which keep their fixed sample values.
 */
public final class BaselineTable {

    private BaselineTable() {
    }

    public static ParameterTable of(ParameterTable model) {
        List<Parameter> rows = new ArrayList<>();
        int free = 1;
        List<String> fixedX = new ArrayList<>();
        for (Parameter p : model.groupRows(1)) {
            if (p.op() == Operator.COVARIANCE && p.lhs().equals(p.rhs()) && !p.isFree() && Double.isNaN(p.value())) {
                fixedX.add(p.lhs());
            }
        }
        for (int g = 1; g <= model.groupCount(); g++) {
            for (String v : model.observed()) {
                boolean fx = fixedX.contains(v);
                rows.add(new Parameter(rows.size() + 1, v, Operator.COVARIANCE, v, g, fx ? 0 : free++, Double.NaN, "",
                        false));
            }
            for (int i = 0; i < fixedX.size(); i++) {
                for (int j = i + 1; j < fixedX.size(); j++) {
                    rows.add(new Parameter(rows.size() + 1, fixedX.get(i), Operator.COVARIANCE, fixedX.get(j), g, 0,
                            Double.NaN, "", false));
                }
            }
            if (model.meanStructure()) {
                for (String v : model.observed()) {
                    boolean fx = fixedX.contains(v);
                    rows.add(new Parameter(rows.size() + 1, v, Operator.INTERCEPT, "", g, fx ? 0 : free++, Double.NaN,
                            "", false));
                }
            }
        }
        return new ParameterTable(rows, model.observed(), List.of(), model.groupLabels(), model.meanStructure());
    }

    /**
     * Start values of a baseline table: the saturated (H1) variances and means of each group, which
     * are the ML estimates themselves for complete data (a fitted baseline then needs no iteration).
     */
    public static double[] startValues(ParameterTable baseline, List<SaturatedEm.Moments> h1) {
        double[] out = new double[baseline.freeCount()];
        List<String> obs = baseline.observed();
        int p = obs.size();
        for (Parameter r : baseline.rows()) {
            if (!r.isFree()) {
                continue;
            }
            SaturatedEm.Moments m = h1.get(r.group() - 1);
            int i = obs.indexOf(r.lhs());
            out[r.free() - 1] = r.op() == Operator.INTERCEPT ? m.mean()[i] : m.cov()[i * p + i];
        }
        return out;
    }

    /** Number of fixed.x sample moments (fixed rows with automatic values) — not counted in df. */
    public static int fixedXMoments(ParameterTable table) {
        int count = 0;
        for (Parameter p : table.rows()) {
            if (p.group() > 0 && !p.isFree() && Double.isNaN(p.value()) && table.observed().contains(p.lhs())) {
                count++;
            }
        }
        return count;
    }

    /** Degrees of freedom: sample moments minus free parameters minus fixed.x moments. */
    public static int degreesOfFreedom(ParameterTable table) {
        int p = table.observed().size();
        int moments = table.groupCount() * (p * (p + 1) / 2 + (table.meanStructure() ? p : 0));
        return moments - table.freeCount() - fixedXMoments(table);
    }
}
