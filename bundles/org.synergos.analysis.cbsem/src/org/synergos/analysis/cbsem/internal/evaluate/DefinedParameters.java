package org.synergos.analysis.cbsem.internal.evaluate;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.synergos.analysis.cbsem.core.Parameter;
import org.synergos.analysis.cbsem.core.ParameterTable;
import org.synergos.analysis.cbsem.internal.specify.Expression;
import org.synergos.analysis.cbsem.internal.specify.ExpressionParser;

/**
 * Values of {@code :=} parameters and their delta-method standard errors: {@code Var f(θ̂) ≈ J V J'}
 * with J the analytic gradient of the expression (chain rule through the labels) and V the
 * covariance of θ̂ (Rao 1973, 6a.2; Sobel 1982 for indirect effects). Defined parameters may refer
 * to earlier defined parameters.
 */
public final class DefinedParameters {

    private DefinedParameters() {
    }

    /** Label → value map for the table's labelled rows (values per row index from {@code rowValues}). */
    public static Map<String, Double> labelValues(ParameterTable table, double[] rowValues) {
        Map<String, Double> out = new HashMap<>();
        for (Parameter p : table.rows()) {
            if (!p.label().isEmpty() && p.group() > 0 && !out.containsKey(p.label())) {
                out.put(p.label(), rowValues[p.id() - 1]);
            }
        }
        return out;
    }

    /**
     * For each {@code :=} row in order: {value, se}; {@code rowValues} are the estimates per table
     * row, {@code vcov} the q×q covariance (may be null: se NaN).
     */
    public static double[][] evaluate(ParameterTable table, double[] rowValues, double[] vcov) {
        int q = table.freeCount();
        Map<String, Double> values = labelValues(table, rowValues);
        Map<String, double[]> gradients = new HashMap<>();
        for (Parameter p : table.rows()) {
            if (!p.label().isEmpty() && p.group() > 0 && !gradients.containsKey(p.label())) {
                double[] g = new double[q];
                if (p.isFree()) {
                    g[p.free() - 1] = 1.0;
                }
                gradients.put(p.label(), g);
            }
        }
        List<Parameter> defined = table.definedRows();
        double[][] out = new double[defined.size()][2];
        for (int d = 0; d < defined.size(); d++) {
            Parameter p = defined.get(d);
            Expression e = ExpressionParser.parse(p.rhs());
            double value = e.evaluate(values);
            Set<String> used = new LinkedHashSet<>();
            e.collectLabels(used);
            double[] grad = new double[q];
            for (String label : used) {
                double partial = e.partial(values, label);
                double[] lg = gradients.get(label);
                for (int k = 0; k < q; k++) {
                    grad[k] += partial * lg[k];
                }
            }
            double var = Double.NaN;
            if (vcov != null) {
                var = 0;
                for (int k = 0; k < q; k++) {
                    for (int l = 0; l < q; l++) {
                        var += grad[k] * vcov[k * q + l] * grad[l];
                    }
                }
            }
            values.put(p.lhs(), value);
            gradients.put(p.lhs(), grad);
            out[d][0] = value;
            out[d][1] = Math.sqrt(Math.max(var, 0));
        }
        return out;
    }

    /** Values only (e.g. on standardised label values). */
    public static double[] values(ParameterTable table, double[] rowValues) {
        Map<String, Double> values = labelValues(table, rowValues);
        List<Parameter> defined = table.definedRows();
        double[] out = new double[defined.size()];
        for (int d = 0; d < defined.size(); d++) {
            Parameter p = defined.get(d);
            out[d] = ExpressionParser.parse(p.rhs()).evaluate(values);
            values.put(p.lhs(), out[d]);
        }
        return out;
    }
}
