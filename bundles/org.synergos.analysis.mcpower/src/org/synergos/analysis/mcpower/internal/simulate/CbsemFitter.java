package org.synergos.analysis.mcpower.internal.simulate;

import java.util.List;
import java.util.SplittableRandom;

import org.synergos.analysis.cbsem.core.ModelSpecification;
import org.synergos.analysis.cbsem.core.NonConvergenceException;
import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.Parameter;
import org.synergos.analysis.cbsem.core.ParameterEstimate;
import org.synergos.analysis.cbsem.core.ParameterTable;
import org.synergos.analysis.cbsem.core.Sem;
import org.synergos.analysis.cbsem.core.SemException;
import org.synergos.analysis.cbsem.core.SemOptions;
import org.synergos.analysis.cbsem.core.SemResult;
import org.synergos.analysis.cbsem.core.SummaryData;

/**
 * Each replication fitted by the CB-SEM core as {@code cb-sem} fits raw complete data by default (lavaan
 * {@code sem()}: ML, expected information, no mean structure): from the sample covariance matrix (n − 1
 * divisor, which the core rescales to the ML moment, as lavaan does), which holds all the information normal
 * data give ML. A target is significant when the Wald z test's two-sided p is below α; the CI is the core's 95%
 * Wald interval. Indirect effects are the core's defined parameters (product of the path estimates, delta-method
 * SE, as lavaan's {@code :=}).
 *
 * <p>The population value of each target in the fitted model's metric (marker-indicator scaling, so an
 * unstandardized path is β times the ratio of the marker loadings) is the estimate of the same model fitted to
 * the population covariance matrix itself, which the model reproduces exactly.
 */
public final class CbsemFitter implements ReplicationFitter {

    private final List<String> indicators;
    private final ParameterTable table;
    private final SemOptions options;
    private final int[] rows;
    private final double alpha;
    private final double[] populationValues;
    private final int n;

    /**
     * @throws SemException when the model is not identified or cannot be fitted to the population
     */
    public CbsemFitter(ModelSpecification specification, Population population, List<Target> targets, double alpha,
            int n) {
        this.indicators = population.indicators();
        this.alpha = alpha;
        this.n = n;
        this.options = SemOptions.defaults();
        // Σ·N/(N − 1) with the n − 1 divisor is Σ exactly after the core's rescaling to the ML moment
        int big = 1_000_000;
        double[][] sigma = population.sigma();
        double[][] scaled = new double[sigma.length][sigma.length];
        for (int i = 0; i < sigma.length; i++) {
            for (int j = 0; j < sigma.length; j++) {
                scaled[i][j] = sigma[i][j] * big / (big - 1.0);
            }
        }
        SummaryData populationData = summary(scaled, big);
        ParameterTable specified = Sem.specify(specification, populationData, options);
        SemResult exact = Sem.fit(specified, populationData, options);
        List<ParameterEstimate> estimates = exact.estimates();
        this.table = startingAtPopulation(specified, estimates);
        rows = new int[targets.size()];
        populationValues = new double[targets.size()];
        for (int t = 0; t < targets.size(); t++) {
            rows[t] = row(estimates, targets.get(t));
            populationValues[t] = estimates.get(rows[t]).estimate();
        }
    }

    /**
     * The table with every free parameter's start value set to its population value (as Mplus's MONTECARLO
     * does): the optimiser starts near the optimum of each replication instead of at the automatic start values.
     * The optimum reached is the same; fewer iterations are needed.
     */
    private static ParameterTable startingAtPopulation(ParameterTable table, List<ParameterEstimate> estimates) {
        java.util.Map<Integer, Double> value = new java.util.HashMap<>();
        for (ParameterEstimate e : estimates) {
            value.put(e.parameter().id(), e.estimate());
        }
        List<Parameter> rows = new java.util.ArrayList<>();
        for (Parameter p : table.rows()) {
            Double start = value.get(p.id());
            rows.add(p.isFree() && start != null && p.op() != Operator.DEFINED
                    ? new Parameter(p.id(), p.lhs(), p.op(), p.rhs(), p.group(), p.free(), start, p.label(),
                            p.userSpecified())
                    : p);
        }
        return new ParameterTable(rows, table.observed(), table.latent(), table.groupLabels(), table.meanStructure());
    }

    private static int row(List<ParameterEstimate> estimates, Target target) {
        for (int i = 0; i < estimates.size(); i++) {
            ParameterEstimate e = estimates.get(i);
            if (target.definedName() != null ? e.op() == Operator.DEFINED && e.lhs().equals(target.definedName())
                    : e.op() == Operator.REGRESSION && e.lhs().equals(target.target())
                            && e.rhs().equals(target.source())) {
                return i;
            }
        }
        throw new IllegalArgumentException("the CB-SEM specification has no parameter for " + target.label());
    }

    private SummaryData summary(double[][] covariance, int cases) {
        return SummaryData.of(indicators, List.of(new SummaryData.Group("", cases, covariance, null)));
    }

    /** Population values of the targets in the fitted model's (unstandardized, marker) metric. */
    public double[] populationValues() {
        return populationValues.clone();
    }

    @Override
    public Fit fit(double[][] data, SplittableRandom random) {
        SemResult result;
        try {
            result = Sem.fit(table, summary(covariance(data), data.length), options);
        } catch (NonConvergenceException e) {
            return Fit.failed("did not converge");
        } catch (SemException e) {
            return Fit.failed("estimation failed");
        }
        List<ParameterEstimate> estimates = result.estimates();
        int k = rows.length;
        double[] est = new double[k];
        double[] se = new double[k];
        boolean[] sig = new boolean[k];
        double[] lower = new double[k];
        double[] upper = new double[k];
        for (int t = 0; t < k; t++) {
            ParameterEstimate e = estimates.get(rows[t]);
            if (!Double.isFinite(e.se()) || !(e.se() > 0)) {
                return Fit.failed("no standard errors (singular information matrix)");
            }
            est[t] = e.estimate();
            se[t] = e.se();
            sig[t] = e.pvalue() < alpha;
            lower[t] = e.ciLower();
            upper[t] = e.ciUpper();
        }
        return new Fit(est, se, sig, lower, upper, null);
    }

    int n() {
        return n;
    }

    /** Sample covariance matrix, n − 1 divisor. */
    static double[][] covariance(double[][] data) {
        int n = data.length;
        int p = data[0].length;
        double[] mean = new double[p];
        for (double[] row : data) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= n;
        }
        double[][] s = new double[p][p];
        double[] d = new double[p];
        for (double[] row : data) {
            for (int j = 0; j < p; j++) {
                d[j] = row[j] - mean[j];
            }
            for (int a = 0; a < p; a++) {
                double da = d[a];
                double[] sa = s[a];
                for (int b = 0; b <= a; b++) {
                    sa[b] += da * d[b];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
                s[a][b] /= n - 1;
                s[b][a] = s[a][b];
            }
        }
        return s;
    }
}
