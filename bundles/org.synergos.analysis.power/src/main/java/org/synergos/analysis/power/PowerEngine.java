package org.synergos.analysis.power;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.ParameterDescriptor;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;

/**
 * Analytic power and sample size as G*Power 3.1 computes them, for the tests a regression or correlation
 * study is planned with: minimum total n for a target power (G*Power's "a priori") or the power at a given n
 * ("post hoc"). Needs neither model nor data: everything comes from the parameters. The defaults alpha 0.05,
 * power 0.95, f² 0.15 (Cohen's medium effect), 5 predictors, rho 0.3 against rho0 = 0 and two tails are
 * G*Power's initial values (with them, R² deviation from zero needs N = 138); 2 tested predictors for the R²
 * increase is this engine's choice.
 */
@Component(service = AnalysisEngine.class, property = AnalysisEngine.ENGINE_ID + "=" + PowerEngine.ID)
public final class PowerEngine implements AnalysisEngine {

    public static final String ID = "power";
    static final String VERSION = "0.1.0";

    static final String R2_ZERO = "r2-zero";
    static final String R2_INCREASE = "r2-increase";
    static final String COEFFICIENT = "coefficient";
    static final String CORRELATION = "correlation";
    static final String SOLVE_N = "n";
    static final String SOLVE_POWER = "power";

    /** Which parameters each test reads; a changed one the test does not read is refused. */
    private static final Map<String, List<String>> USES = Map.of(
            R2_ZERO, List.of("f2", "predictors"),
            R2_INCREASE, List.of("f2", "predictors", "tested"),
            COEFFICIENT, List.of("f2", "predictors", "tails"),
            CORRELATION, List.of("rho", "rho0", "tails"));

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Power and sample size", VERSION,
            "Minimum sample size for a target power, or the power at a given sample size, as G*Power computes "
                    + "them: multiple regression R² deviation from zero and R² increase (F tests, λ = f²·N), a "
                    + "single regression coefficient (t test) and a correlation (exact bivariate normal model).",
            List.of(ParameterDescriptor.choice("test", "Test", R2_ZERO + ": R² of all predictors differs from zero; "
                            + R2_INCREASE + ": the tested predictors raise R²; " + COEFFICIENT
                            + ": one regression coefficient differs from zero; " + CORRELATION
                            + ": a correlation differs from rho0", R2_ZERO, R2_ZERO, R2_INCREASE, COEFFICIENT,
                            CORRELATION),
                    ParameterDescriptor.choice("solve", "Solve for", SOLVE_N + ": minimum total sample size for the "
                            + "target power (a priori); " + SOLVE_POWER + ": power at sample size n (post hoc)",
                            SOLVE_N, SOLVE_N, SOLVE_POWER),
                    ParameterDescriptor.decimal("alpha", "α", "significance level (0 < α < 1)", 0.05, 0, 1),
                    ParameterDescriptor.decimal("power", "Target power", "1 − β to reach when solving for n "
                            + "(0 < power < 1)", 0.95, 0, 1),
                    ParameterDescriptor.integer("n", "Total sample size", "N when solving for power; 0 = not set",
                            0, 0, SampleSize.MAX_N),
                    ParameterDescriptor.decimal("f2", "Effect size f²", "Cohen's f² = R²/(1 − R²) (R² increase: "
                            + "ΔR²/(1 − R²_full)); small 0.02, medium 0.15, large 0.35", 0.15, 0, 1e6),
                    ParameterDescriptor.integer("predictors", "Predictors", "total number of predictors in the "
                            + "regression", 5, 1, 100_000),
                    ParameterDescriptor.integer("tested", "Tested predictors", "predictors whose R² increase is "
                            + "tested (R² increase only); at most predictors", 2, 1, 100_000),
                    ParameterDescriptor.choice("tails", "Tails", "two- or one-tailed test (coefficient, correlation)",
                            "two", "two", "one"),
                    ParameterDescriptor.decimal("rho", "ρ (H1)", "population correlation under H1 (correlation)",
                            0.3, -1, 1),
                    ParameterDescriptor.decimal("rho0", "ρ0 (H0)", "population correlation under H0 (correlation)",
                            0, -1, 1)));

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Applicability applicability(AnalysisInput input) {
        return Applicability.ok(); // computed from the parameters alone
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) throws AnalysisException {
        Parameters parameters = request.parameters();
        String test = parameters.text("test");
        boolean solveN = parameters.text("solve").equals(SOLVE_N);
        refuseUnused(parameters, test, solveN);
        double alpha = open(parameters, "alpha", 0, 1);
        PowerTest powerTest = powerTest(parameters, test, alpha);
        monitor.begin(solveN ? "searching the minimum sample size" : "computing power", 1);
        Outcome outcome;
        if (solveN) {
            double target = open(parameters, "power", 0, 1);
            Optional<Outcome> found = SampleSize.minimum(powerTest, target);
            if (found.isEmpty()) {
                throw new AnalysisException("power " + target + " is not reached with n up to " + SampleSize.MAX_N
                        + " (parameter 'power'): the effect is too small for a sample one can draw");
            }
            outcome = found.get();
        } else {
            long n = parameters.integer("n");
            if (n == 0) {
                throw new AnalysisException("parameter 'n' is needed when solve=power (the total sample size)");
            }
            if (n < powerTest.minimumN()) {
                throw new AnalysisException("parameter 'n' = " + n + " is too small: " + powerTest.procedure()
                        + " needs n >= " + powerTest.minimumN());
            }
            outcome = powerTest.at((int) n);
        }
        monitor.worked(1);
        return result(parameters, test, solveN, powerTest, outcome);
    }

    private static PowerTest powerTest(Parameters parameters, String test, double alpha) throws AnalysisException {
        boolean twoTailed = parameters.text("tails").equals("two");
        if (test.equals(CORRELATION)) {
            double rho = correlation(parameters, "rho");
            double rho0 = correlation(parameters, "rho0");
            if (Math.abs(rho - rho0) < 1e-6) {
                throw new AnalysisException("parameters 'rho' and 'rho0' are equal (" + rho + "): there is no "
                        + "effect to find");
            }
            return new CorrelationTest(rho, rho0, alpha, twoTailed);
        }
        double f2 = parameters.decimal("f2");
        if (!(f2 > 0)) {
            throw new AnalysisException("parameter 'f2' = " + f2 + " is invalid: expected an effect size above 0");
        }
        int predictors = (int) parameters.integer("predictors");
        switch (test) {
        case R2_ZERO:
            return new RSquaredTest(f2, predictors, predictors, alpha);
        case R2_INCREASE:
            int tested = (int) parameters.integer("tested");
            if (tested > predictors) {
                throw new AnalysisException("parameter 'tested' = " + tested + " exceeds parameter 'predictors' = "
                        + predictors + " (the tested predictors are among all predictors)");
            }
            return new RSquaredTest(f2, tested, predictors, alpha);
        default:
            return new CoefficientTest(f2, predictors, alpha, twoTailed);
        }
    }

    /** A parameter changed from its default that neither the test nor the solve mode reads is refused. */
    private static void refuseUnused(Parameters parameters, String test, boolean solveN) throws AnalysisException {
        List<String> used = new ArrayList<>(List.of("test", "solve", "alpha", solveN ? "power" : "n"));
        used.addAll(USES.get(test));
        for (ParameterDescriptor parameter : DESCRIPTOR.parameters()) {
            String key = parameter.key();
            if (!used.contains(key) && !sameValue(parameter, parameters.text(key))) {
                throw new AnalysisException("parameter '" + key + "' does not apply to "
                        + (key.equals("power") || key.equals("n") ? "solve=" + (solveN ? SOLVE_N : SOLVE_POWER)
                                : "test=" + test + " (it reads " + String.join(", ", USES.get(test)) + ")"));
            }
        }
    }

    private static boolean sameValue(ParameterDescriptor parameter, String value) {
        switch (parameter.type()) {
        case DECIMAL:
        case INTEGER:
            return Double.parseDouble(value) == Double.parseDouble(parameter.defaultValue());
        default:
            return value.equals(parameter.defaultValue());
        }
    }

    private static double open(Parameters parameters, String key, double low, double high) throws AnalysisException {
        double value = parameters.decimal(key);
        if (!(value > low && value < high)) {
            throw new AnalysisException("parameter '" + key + "' = " + value + " is invalid: expected a value "
                    + "strictly between " + (int) low + " and " + (int) high);
        }
        return value;
    }

    private static double correlation(Parameters parameters, String key) throws AnalysisException {
        double value = parameters.decimal(key);
        if (!(Math.abs(value) <= org.synergos.analysis.power.distribution.SampleCorrelation.MAX_ABS_RHO)) {
            throw new AnalysisException("parameter '" + key + "' = " + value + " is invalid: the exact distribution "
                    + "of r is computed for |ρ| <= "
                    + org.synergos.analysis.power.distribution.SampleCorrelation.MAX_ABS_RHO);
        }
        return value;
    }

    private static AnalysisResult result(Parameters parameters, String test, boolean solveN, PowerTest powerTest,
            Outcome outcome) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("alpha", parameters.text("alpha"));
        if (solveN) {
            inputs.put("power", parameters.text("power"));
        }
        for (String key : USES.get(test)) {
            inputs.put(key, parameters.text(key));
        }
        ResultTable.Builder table = ResultTable.builder("power-analysis",
                (solveN ? "A priori power analysis: " : "Post hoc power analysis: ") + powerTest.procedure())
                .column(ResultColumn.text("test", "Test"))
                .column(ResultColumn.integer("n", "N"))
                .column(ResultColumn.decimal("power", "Power (1 − β)", 4));
        List<Object> row = new ArrayList<>(List.of(test, outcome.n(), outcome.power()));
        boolean correlation = test.equals(CORRELATION);
        if (!correlation) {
            table.column(ResultColumn.decimal("noncentrality", test.equals(COEFFICIENT) ? "δ" : "λ", 4));
            row.add(outcome.noncentrality());
        }
        if (!Double.isNaN(outcome.lowerCritical())) {
            table.column(ResultColumn.decimal("lower-critical", correlation ? "Lower critical r" : "Lower critical t",
                    4));
            row.add(outcome.lowerCritical());
        }
        if (!Double.isNaN(outcome.upperCritical())) {
            String label = correlation ? "Upper critical r" : test.equals(COEFFICIENT) ? "Critical t" : "Critical F";
            table.column(ResultColumn.decimal("critical", label, 4));
            row.add(outcome.upperCritical());
        }
        if (!Double.isNaN(outcome.df1())) {
            table.column(ResultColumn.integer("df1", test.equals(COEFFICIENT) ? "df" : "df1"));
            row.add((long) outcome.df1());
        }
        if (!Double.isNaN(outcome.df2())) {
            table.column(ResultColumn.integer("df2", "df2"));
            row.add((long) outcome.df2());
        }
        table.row(row);

        ResultTable.Builder inputTable = ResultTable.builder("power-inputs", "Power analysis: inputs")
                .column(ResultColumn.text("parameter", "Parameter")).column(ResultColumn.text("value", "Value"));
        inputs.forEach(inputTable::row);

        String below = solveN && outcome.n() > powerTest.minimumN()
                ? String.format(java.util.Locale.ROOT, "; N − 1 = %d gives %.4f", outcome.n() - 1,
                        powerTest.at(outcome.n() - 1).power())
                : "";
        String note = powerTest.distribution() + "; α = " + parameters.text("alpha")
                + (solveN ? "; N is the smallest total sample size whose power reaches " + parameters.text("power")
                        + " (the power shown is the one achieved at N)" + below : "");
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("method", powerTest.procedure() + " (G*Power 3.1 conventions, Faul et al. 2007, 2009)");
        provenance.put("analysis", solveN ? "a priori: minimum N for the target power" : "post hoc: power at N");
        provenance.put("distribution", powerTest.distribution());
        provenance.put("computation", correlation
                ? "exact density of r integrated over Fisher's z by composite Gauss-Legendre quadrature"
                : "noncentral F/t as Poisson mixtures of central ones (Apache Commons Math 3.6.1 incomplete beta)");
        inputs.forEach((k, v) -> provenance.put("parameter." + k, v));
        provenance.put("n", Integer.toString(outcome.n()));
        provenance.put("engine", ID + " " + VERSION);
        return AnalysisResult.builder(DESCRIPTOR).table(table.note(note).build()).table(inputTable.build())
                .provenance(provenance).build();
    }
}
