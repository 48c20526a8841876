package org.synergos.analysis.cbsem.internal.evaluate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.Parameter;
import org.synergos.analysis.cbsem.core.ParameterTable;
import org.synergos.analysis.cbsem.internal.estimate.FittedModel;
import org.synergos.analysis.cbsem.internal.model.ImpliedMoments;
import org.synergos.analysis.cbsem.internal.model.RamModel;

/**
 * Standardised solutions and R² (Bollen 1989, pp. 123–125, 349): {@code std.lv} rescales latent
 * variables to unit model-implied variance, {@code std.all} all variables. A path {@code y ← x} is
 * multiplied by {@code sd(x)/sd(y)}, a (co)variance divided by {@code sd(a) sd(b)}, an intercept by
 * {@code sd}; a covariance between different variables is divided by the square roots of their
 * residual variances (a correlation of residuals, as lavaan). R² of an endogenous variable is {@code 1 - ψ/var} (residual over implied variance).
 * {@code std.nox} is {@code std.all} except that observed exogenous covariates (lavaan's {@code ov.x}: observed
 * variables only ever on the right of {@code ~}) keep their own scale, as lavaan's {@code type = "std.nox"}.
 */
public final class Standardization {

    private final double[] stdLv;
    private final double[] stdAll;
    private final double[] stdNox;
    private final List<Map<String, Double>> r2;

    private Standardization(double[] stdLv, double[] stdAll, double[] stdNox, List<Map<String, Double>> r2) {
        this.stdLv = stdLv;
        this.stdAll = stdAll;
        this.stdNox = stdNox;
        this.r2 = r2;
    }

    /** Standardises the estimates {@code theta} of {@code fm}'s table. */
    public static Standardization of(FittedModel fm, double[] theta) {
        ParameterTable table = fm.table();
        List<Parameter> rows = table.rows();
        double[] lv = new double[rows.size()];
        double[] all = new double[rows.size()];
        double[] nox = new double[rows.size()];
        java.util.Arrays.fill(lv, Double.NaN);
        java.util.Arrays.fill(all, Double.NaN);
        java.util.Arrays.fill(nox, Double.NaN);
        List<Map<String, Double>> r2 = new ArrayList<>();
        List<String> names = new ArrayList<>(table.observed());
        names.addAll(table.latent());
        int p = table.observed().size();
        for (int g = 1; g <= table.groupCount(); g++) {
            RamModel model = fm.models().get(g - 1);
            ImpliedMoments mom = new ImpliedMoments(model, table.freeCount());
            mom.compute(theta);
            int n = model.n();
            double[] t = mom.allCovariance();
            double[] sd = new double[n];
            double[] sdLv = new double[n];
            double[] sdNox = new double[n];
            Set<String> covariates = observedCovariates(rows, g, table.observed());
            for (int i = 0; i < n; i++) {
                sd[i] = Math.sqrt(t[i * n + i]);
                sdLv[i] = i < p ? 1.0 : sd[i];
                sdNox[i] = covariates.contains(names.get(i)) ? 1.0 : sd[i];
            }
            double[] smat0 = mom.sMatrix();
            for (Parameter r : rows) {
                if (r.group() != g) {
                    continue;
                }
                int i = r.id() - 1;
                double v = r.isFree() ? theta[r.free() - 1] : fm.fixedValue(i);
                int a = names.indexOf(r.lhs());
                int b = r.rhs().isEmpty() ? -1 : names.indexOf(r.rhs());
                switch (r.op()) {
                    case LOADING -> {
                        lv[i] = v * sdLv[a] / sdLv[b];
                        all[i] = v * sd[a] / sd[b];
                        nox[i] = v * sdNox[a] / sdNox[b];
                    }
                    case REGRESSION -> {
                        lv[i] = v * sdLv[b] / sdLv[a];
                        all[i] = v * sd[b] / sd[a];
                        nox[i] = v * sdNox[b] / sdNox[a];
                    }
                    case COVARIANCE -> {
                        if (a == b) {
                            lv[i] = v / (sdLv[a] * sdLv[b]);
                            all[i] = v / (sd[a] * sd[b]);
                            nox[i] = v / (sdNox[a] * sdNox[b]);
                        } else {
                            // covariances are standardised by the residual (co)variances' own scale
                            double ra = Math.sqrt(smat0[a * n + a]);
                            double rb = Math.sqrt(smat0[b * n + b]);
                            lv[i] = v / ((a < p ? 1.0 : ra) * (b < p ? 1.0 : rb));
                            all[i] = v / (ra * rb);
                            nox[i] = v / ((covariates.contains(r.lhs()) ? 1.0 : ra)
                                    * (covariates.contains(r.rhs()) ? 1.0 : rb));
                        }
                    }
                    case INTERCEPT -> {
                        lv[i] = v / sdLv[a];
                        all[i] = v / sd[a];
                        nox[i] = v / sdNox[a];
                    }
                    default -> {
                    }
                }
            }
            Map<String, Double> groupR2 = new LinkedHashMap<>();
            double[] amat = mom.aMatrix();
            double[] smat = mom.sMatrix();
            for (int i = 0; i < n; i++) {
                boolean endogenous = false;
                for (int j = 0; j < n; j++) {
                    endogenous |= amat[i * n + j] != 0.0;
                }
                if (!endogenous && hasIncomingRow(rows, g, names.get(i))) {
                    endogenous = true;
                }
                if (endogenous) {
                    groupR2.put(names.get(i), 1.0 - smat[i * n + i] / t[i * n + i]);
                }
            }
            r2.add(groupR2);
        }
        return new Standardization(lv, all, nox, r2);
    }

    /** lavaan's {@code ov.x} of group {@code g}: observed regressors that are neither regressed nor indicators. */
    private static Set<String> observedCovariates(List<Parameter> rows, int g, List<String> observed) {
        Set<String> regressors = new HashSet<>();
        Set<String> dependent = new HashSet<>();
        for (Parameter r : rows) {
            if (r.group() != g) {
                continue;
            }
            if (r.op() == Operator.REGRESSION) {
                regressors.add(r.rhs());
                dependent.add(r.lhs());
            } else if (r.op() == Operator.LOADING) {
                dependent.add(r.rhs());
            }
        }
        Set<String> out = new HashSet<>();
        for (String v : observed) {
            if (regressors.contains(v) && !dependent.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static boolean hasIncomingRow(List<Parameter> rows, int g, String name) {
        for (Parameter r : rows) {
            if (r.group() == g && ((r.op() == Operator.LOADING && r.rhs().equals(name))
                    || (r.op() == Operator.REGRESSION && r.lhs().equals(name)))) {
                return true;
            }
        }
        return false;
    }

    /** std.lv per table row (NaN for := / == rows). */
    public double[] stdLv() {
        return stdLv.clone();
    }

    /** std.all per table row. */
    public double[] stdAll() {
        return stdAll.clone();
    }

    /** std.nox per table row. */
    public double[] stdNox() {
        return stdNox.clone();
    }

    /** R² per group, endogenous variables in model order. */
    public List<Map<String, Double>> r2() {
        return r2;
    }
}
