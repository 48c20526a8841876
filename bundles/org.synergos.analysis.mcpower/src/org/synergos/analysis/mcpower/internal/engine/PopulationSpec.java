package org.synergos.analysis.mcpower.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.cbsem.core.DataSet;
import org.synergos.analysis.cbsem.core.ModelSpecification;
import org.synergos.analysis.cbsem.core.Operator;
import org.synergos.analysis.cbsem.core.ParameterEstimate;
import org.synergos.analysis.cbsem.core.Sem;
import org.synergos.analysis.cbsem.core.SemException;
import org.synergos.analysis.cbsem.core.SemOptions;
import org.synergos.analysis.cbsem.core.SemResult;
import org.synergos.analysis.mcpower.internal.simulate.Population;
import org.synergos.analysis.mcpower.internal.simulate.PopulationException;
import org.synergos.analysis.pls.core.LabeledMatrix;
import org.synergos.analysis.pls.core.PlsEstimator;
import org.synergos.analysis.pls.core.PlsModel;
import org.synergos.analysis.pls.core.PlsOptions;
import org.synergos.analysis.pls.core.PlsResult;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.model.Construct;
import org.synergos.model.Framework;
import org.synergos.model.Indicator;
import org.synergos.model.ReportedStatistic;
import org.synergos.model.StructuralPath;

/**
 * Resolves the standardized population of a run, in one place: from the model fitted to its data by the
 * chosen method ({@code population=estimates}: CB-SEM std.all, or the PLS estimates) or from the model's
 * reported statistics ({@code population=reported}: each path's {@code beta}, each indicator's {@code loading}
 * if reported, else the {@code loading} parameter; correlations of exogenous constructs from
 * {@code correlation_with_<CODE>}, else 0), then the per-path overrides of {@code effects}. Keeps a row per
 * population value and its source for the population table.
 */
final class PopulationSpec {

    /** One population value and where it came from. */
    record Value(String parameter, double value, String source) {
    }

    private final Population population;
    private final List<Value> values;
    private final int dataN;

    private PopulationSpec(Population population, List<Value> values, int dataN) {
        this.population = population;
        this.values = List.copyOf(values);
        this.dataN = dataN;
    }

    Population population() {
        return population;
    }

    List<Value> values() {
        return values;
    }

    /** Cases the population was estimated from (0 for a reported population). */
    int dataN() {
        return dataN;
    }

    static String code(org.synergos.model.Variable variable) {
        String code = variable.getCode();
        return code == null || code.isBlank() ? variable.getName() : code;
    }

    static String column(Indicator indicator) {
        String column = indicator.getColumn();
        return column == null || column.isBlank() ? code(indicator) : column;
    }

    static String pathCode(StructuralPath path) {
        return path.getLabel() == null || path.getLabel().isBlank() ? path.getId() : path.getLabel();
    }

    /** The paths whose power is simulated: free paths between two constructs, in model order. */
    static List<StructuralPath> freePaths(Framework framework) {
        return framework.getPaths().stream()
                .filter(p -> p.getSource() != null && p.getTarget() != null && p.getFixedValue() == null).toList();
    }

    static List<Construct> measured(Framework framework) {
        return framework.getConstructs().stream().filter(c -> !c.getIndicators().isEmpty()).toList();
    }

    /** Parses {@code H1=0.3,H2=0.2}; an unknown path code is refused by name. */
    static Map<StructuralPath, Double> effects(Framework framework, String text) throws AnalysisException {
        Map<StructuralPath, Double> out = new LinkedHashMap<>();
        List<StructuralPath> paths = freePaths(framework);
        for (String item : text.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq < 0) {
                throw new AnalysisException("parameter 'effects': '" + item.trim() + "' is not CODE=VALUE (e.g. "
                        + "effects=H1=0.3,H2=0.2)");
            }
            String key = item.substring(0, eq).trim();
            String number = item.substring(eq + 1).trim();
            StructuralPath path = paths.stream().filter(p -> pathCode(p).equals(key) || p.getId().equals(key))
                    .findFirst().orElse(null);
            if (path == null) {
                throw new AnalysisException("parameter 'effects': unknown path code '" + key + "' (the model's free "
                        + "paths: " + String.join(", ", paths.stream().map(PopulationSpec::pathCode).toList()) + ")");
            }
            double value;
            try {
                value = Double.parseDouble(number);
            } catch (NumberFormatException e) {
                throw new AnalysisException("parameter 'effects': the value of path '" + key + "' is '" + number
                        + "', not a number");
            }
            if (!(Math.abs(value) < 1)) {
                throw new AnalysisException("parameter 'effects': the standardized effect of path '" + key + "' is "
                        + value + "; expected a value strictly between −1 and 1");
            }
            out.put(path, value);
        }
        return out;
    }

    /** From the model's reported statistics. */
    static PopulationSpec reported(Framework framework, double defaultLoading, Map<StructuralPath, Double> effects)
            throws AnalysisException {
        Population.Builder builder = Population.builder();
        List<Value> values = new ArrayList<>();
        for (Construct construct : measured(framework)) {
            boolean single = construct.getIndicators().size() == 1;
            for (Indicator indicator : construct.getIndicators()) {
                Double reportedLoading = reported(framework, indicator, "loading");
                double loading = single ? 1 : reportedLoading != null ? reportedLoading : defaultLoading;
                String source = single ? "single indicator: observed variable (λ = 1)"
                        : reportedLoading != null ? "reported loading" : "parameter 'loading'";
                builder.loading(code(construct), column(indicator), loading);
                values.add(new Value("λ " + code(construct) + " =~ " + column(indicator), loading, source));
            }
        }
        for (StructuralPath path : freePaths(framework)) {
            Double beta = effects.get(path);
            String source = "parameter 'effects'";
            if (beta == null) {
                beta = reported(framework, path, "beta");
                source = "reported beta";
            }
            if (beta == null) {
                throw new AnalysisException("path " + pathCode(path) + " (" + code(path.getSource()) + " → "
                        + code(path.getTarget()) + ") has no reported statistic 'beta': add it to the model or give"
                        + " it in parameter 'effects' (e.g. effects=" + pathCode(path) + "=0.3)", path.getId(), null);
            }
            builder.path(code(path.getSource()), code(path.getTarget()), beta);
            values.add(new Value("β " + pathCode(path) + " " + code(path.getSource()) + " → " + code(path.getTarget()),
                    beta, source));
        }
        List<Construct> exogenous = exogenous(framework);
        for (int i = 0; i < exogenous.size(); i++) {
            for (int j = i + 1; j < exogenous.size(); j++) {
                Construct a = exogenous.get(i);
                Construct b = exogenous.get(j);
                Double r = reported(framework, a, "correlation_with_" + code(b));
                if (r == null) {
                    r = reported(framework, b, "correlation_with_" + code(a));
                }
                builder.correlation(code(a), code(b), r == null ? 0 : r);
                values.add(new Value("r " + code(a) + " ~~ " + code(b), r == null ? 0 : r,
                        r == null ? "not reported: uncorrelated" : "reported correlation"));
            }
        }
        return new PopulationSpec(build(builder), values, 0);
    }

    private static List<Construct> exogenous(Framework framework) {
        List<StructuralPath> paths = freePaths(framework);
        return measured(framework).stream().filter(c -> paths.stream().noneMatch(p -> p.getTarget() == c)).toList();
    }

    private static Double reported(Framework framework, org.synergos.model.Identified subject, String statistic) {
        for (ReportedStatistic s : framework.getReportedStatistics()) {
            if (s.getSubject() == subject && statistic.equalsIgnoreCase(s.getStatistic())) {
                return s.getValue();
            }
        }
        return null;
    }

    /** The CB-SEM fit (std.all) of the model to its data. */
    static PopulationSpec cbsemEstimates(Framework framework, ModelSpecification specification, List<String> columns,
            Dataset data, Map<StructuralPath, Double> effects) throws AnalysisException {
        SemResult fit;
        try {
            fit = Sem.fit(specification, DataSet.of(columns, data.numericRows(columns)), SemOptions.defaults());
        } catch (DataFormatException e) {
            throw new AnalysisException(e.getMessage());
        } catch (SemException e) {
            throw new AnalysisException("population=estimates: the CB-SEM fit to " + data.describe() + " failed: "
                    + e.getMessage(), null, e);
        }
        Population.Builder builder = Population.builder();
        List<Value> values = new ArrayList<>();
        String source = "CB-SEM std.all on " + data.describe();
        for (Construct construct : measured(framework)) {
            for (Indicator indicator : construct.getIndicators()) {
                double loading = fit.estimate(code(construct), Operator.LOADING, column(indicator)).stdAll();
                builder.loading(code(construct), column(indicator), loading);
                values.add(new Value("λ " + code(construct) + " =~ " + column(indicator), loading, source));
            }
        }
        for (StructuralPath path : freePaths(framework)) {
            Double beta = effects.get(path);
            String from = "parameter 'effects'";
            if (beta == null) {
                beta = fit.estimate(code(path.getTarget()), Operator.REGRESSION, code(path.getSource())).stdAll();
                from = source;
            }
            builder.path(code(path.getSource()), code(path.getTarget()), beta);
            values.add(new Value("β " + pathCode(path) + " " + code(path.getSource()) + " → " + code(path.getTarget()),
                    beta, from));
        }
        List<Construct> exogenous = exogenous(framework);
        for (int i = 0; i < exogenous.size(); i++) {
            for (int j = i + 1; j < exogenous.size(); j++) {
                String a = code(exogenous.get(i));
                String b = code(exogenous.get(j));
                double r = 0;
                for (ParameterEstimate e : fit.estimates()) {
                    if (e.op() == Operator.COVARIANCE && ((e.lhs().equals(a) && e.rhs().equals(b))
                            || (e.lhs().equals(b) && e.rhs().equals(a)))) {
                        r = e.stdAll();
                    }
                }
                builder.correlation(a, b, r);
                values.add(new Value("r " + a + " ~~ " + b, r, source));
            }
        }
        return new PopulationSpec(build(builder), values, java.util.Arrays.stream(fit.groupSizes()).sum());
    }

    /** The PLS estimates of the model on its data (loadings, paths, correlations of exogenous construct scores). */
    static PopulationSpec plsEstimates(Framework framework, PlsModel model, List<String> columns, Dataset data,
            boolean consistent, Map<StructuralPath, Double> effects) throws AnalysisException {
        PlsResult fit;
        try {
            fit = PlsEstimator.estimate(data.numericRows(columns), columns, model,
                    PlsOptions.builder().consistent(consistent).build());
        } catch (DataFormatException e) {
            throw new AnalysisException(e.getMessage());
        } catch (RuntimeException e) {
            throw new AnalysisException("population=estimates: the PLS estimation on " + data.describe()
                    + " failed: " + e.getMessage(), null, e);
        }
        Population.Builder builder = Population.builder();
        List<Value> values = new ArrayList<>();
        String source = (consistent ? "PLSc" : "PLS") + " estimate on " + data.describe();
        LabeledMatrix loadings = fit.outerLoadings();
        for (Construct construct : measured(framework)) {
            for (Indicator indicator : construct.getIndicators()) {
                double loading = loadings.get(column(indicator), code(construct));
                builder.loading(code(construct), column(indicator), loading);
                values.add(new Value("λ " + code(construct) + " =~ " + column(indicator), loading, source));
            }
        }
        LabeledMatrix betas = fit.pathCoefficients();
        for (StructuralPath path : freePaths(framework)) {
            Double beta = effects.get(path);
            String from = "parameter 'effects'";
            if (beta == null) {
                beta = betas.get(code(path.getSource()), code(path.getTarget()));
                from = source;
            }
            builder.path(code(path.getSource()), code(path.getTarget()), beta);
            values.add(new Value("β " + pathCode(path) + " " + code(path.getSource()) + " → " + code(path.getTarget()),
                    beta, from));
        }
        LabeledMatrix correlations = fit.structuralCorrelations();
        List<Construct> exogenous = exogenous(framework);
        for (int i = 0; i < exogenous.size(); i++) {
            for (int j = i + 1; j < exogenous.size(); j++) {
                String a = code(exogenous.get(i));
                String b = code(exogenous.get(j));
                double r = correlations.get(a, b);
                builder.correlation(a, b, r);
                values.add(new Value("r " + a + " ~~ " + b, r, source));
            }
        }
        return new PopulationSpec(build(builder), values, fit.observations());
    }

    private static Population build(Population.Builder builder) throws AnalysisException {
        try {
            return builder.build();
        } catch (PopulationException e) {
            throw new AnalysisException(e.getMessage(), null, e);
        }
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
