package org.synergos.analysis.mcpower.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ParameterDescriptor;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.cbsem.core.ModelSpecification;
import org.synergos.analysis.cbsem.core.SemException;
import org.synergos.analysis.cbsem.mapping.CbsemModelMapping;
import org.synergos.analysis.mcpower.internal.simulate.CbsemFitter;
import org.synergos.analysis.mcpower.internal.simulate.MonteCarlo;
import org.synergos.analysis.mcpower.internal.simulate.PlsFitter;
import org.synergos.analysis.mcpower.internal.simulate.Population;
import org.synergos.analysis.mcpower.internal.simulate.ReplicationFitter;
import org.synergos.analysis.mcpower.internal.simulate.Target;
import org.synergos.analysis.pls.mapping.PlsModelMapping;
import org.synergos.data.Dataset;
import org.synergos.model.Construct;
import org.synergos.model.Framework;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.StructuralPath;

/**
 * Monte Carlo power of every structural path and of the indirect effect of every mediation hypothesis of a
 * Synergos model (Muthén &amp; Muthén 2002, "How to use a Monte Carlo study to decide on sample size and determine
 * power", SEM 9(4)): a standardized population model, R replications of n multivariate normal cases from its
 * implied covariance matrix, each fitted by CB-SEM (ML, Wald z test) or PLS-SEM (bootstrap t test); power is the
 * share of converged replications in which the estimate is significant at α, with its Monte Carlo SE, next to
 * the bias, the empirical SD against the mean SE, and the coverage of the 95% CI (Muthén &amp; Muthén's criteria).
 * With {@code solve=n}, the smallest n reaching the target power, per target and for all, by bisection over n
 * with the same replication streams.
 */
@Component(service = AnalysisEngine.class, property = AnalysisEngine.ENGINE_ID + "=" + MonteCarloPowerEngine.ID)
public final class MonteCarloPowerEngine implements AnalysisEngine {

    public static final String ID = "monte-carlo-power";
    static final String VERSION = "0.1.0";

    static final String CBSEM = "cb-sem";
    static final String PLS = "pls-sem";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Monte Carlo power (SEM)", VERSION,
            "Power of every structural path and indirect effect by simulation from a population model (the model's "
                    + "estimates or its reported statistics): seeded, parallel replications fitted by CB-SEM or "
                    + "PLS-SEM; bias, SD vs SE, 95% CI coverage, power with its Monte Carlo SE, and the minimum n "
                    + "for a target power.",
            List.of(ParameterDescriptor.choice("method", "Method", "how each replication is fitted and tested: "
                            + "cb-sem (ML, Wald z test) or pls-sem (bootstrap t test)", CBSEM, CBSEM, PLS),
                    ParameterDescriptor.choice("population", "Population", "estimates: the model fitted to its bound "
                            + "data by the method (standardized); reported: the model's reported statistics (beta "
                            + "of paths, loadings, else parameter 'loading')", "estimates", "estimates", "reported"),
                    ParameterDescriptor.text("effects", "Effects", "standardized path coefficients that replace the "
                            + "population's, by path code: H1=0.3,H2=0.2", ""),
                    ParameterDescriptor.decimal("loading", "Default loading", "standardized loading of indicators "
                            + "without a reported loading (population=reported)", 0.7, 0, 1),
                    ParameterDescriptor.integer("n", "Sample size", "cases per replication (solve=power); 0 = the "
                            + "bound data's n", 0, 0, 1_000_000),
                    ParameterDescriptor.integer("replications", "Replications", "Monte Carlo replications", 1000, 1,
                            1_000_000),
                    ParameterDescriptor.integer("seed", "Seed", "replication r draws from a stream derived from "
                            + "(seed, r)", 20250314, 0, Long.MAX_VALUE),
                    ParameterDescriptor.decimal("alpha", "α", "two-sided significance level", 0.05, 0, 1),
                    ParameterDescriptor.decimal("target-power", "Target power", "power to reach (solve=n; flagged "
                            + "with solve=power)", 0.80, 0, 1),
                    ParameterDescriptor.choice("solve", "Solve for", "power: power at n; n: the smallest n at which "
                            + "each target, and all together, reach the target power", "power", "power", "n"),
                    ParameterDescriptor.integer("n-min", "Smallest n searched", "solve=n; 0 = the smallest n the "
                            + "model allows (indicators + 1)", 0, 0, 1_000_000),
                    ParameterDescriptor.integer("n-max", "Largest n searched", "solve=n", 2000, 2, 1_000_000),
                    ParameterDescriptor.integer("threads", "Threads", "worker threads; 0 = available processors "
                            + "(results do not depend on it)", 0, 0, 1024),
                    ParameterDescriptor.integer("pls-bootstrap", "PLS bootstrap draws", "method=pls-sem: bootstrap "
                            + "resamples per replication for the t test", 200, 20, 100_000),
                    ParameterDescriptor.flag("consistent", "Consistent PLS (PLSc)", "method=pls-sem: estimate "
                            + "reflective constructs consistently (Dijkstra & Henseler 2015)", false)));

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Applicability applicability(AnalysisInput input) {
        if (!(input.model().orElse(null) instanceof Framework framework)) {
            return Applicability.notApplicable("needs a Synergos model with constructs and indicators");
        }
        List<String> reasons = new ArrayList<>();
        if (PopulationSpec.measured(framework).isEmpty()) {
            reasons.add("no construct has indicators");
        }
        if (PopulationSpec.freePaths(framework).isEmpty()) {
            reasons.add("the model has no free structural path whose power could be simulated");
        }
        return reasons.isEmpty() ? Applicability.ok() : Applicability.notApplicable(reasons);
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) throws AnalysisException {
        Framework framework = (Framework) request.input().model().orElseThrow();
        Dataset data = request.input().data().orElse(null);
        Parameters parameters = request.parameters();
        String method = parameters.text("method");
        boolean pls = method.equals(PLS);
        boolean solveN = parameters.text("solve").equals("n");
        refuseUnused(parameters, pls, solveN);
        double alpha = open(parameters, "alpha");
        double targetPower = open(parameters, "target-power");
        int replications = (int) parameters.integer("replications");
        long seed = parameters.integer("seed");
        int threads = parameters.integer("threads") == 0 ? Runtime.getRuntime().availableProcessors()
                : (int) parameters.integer("threads");
        boolean consistent = parameters.flag("consistent");
        Map<StructuralPath, Double> effects = PopulationSpec.effects(framework, parameters.text("effects"));

        refuseUnsupported(framework);
        CbsemModelMapping cbsem = CbsemModelMapping.of(framework);
        if (!cbsem.problems().isEmpty()) {
            throw new AnalysisException("the model cannot be simulated as specified: "
                    + String.join("; ", cbsem.problems()));
        }
        // a single-indicator construct is its indicator: the core fixes its residual variance to 0 (lavaan auto.fix.single)
        ModelSpecification specification = cbsem.specification();
        PlsModelMapping plsMapping = null;
        if (pls) {
            try {
                plsMapping = PlsModelMapping.of(framework, consistent);
            } catch (IllegalArgumentException e) {
                throw new AnalysisException("the model is not a valid PLS path model: " + e.getMessage(), null, e);
            }
        }
        List<Target> targets = targets(framework, cbsem);

        boolean estimates = parameters.text("population").equals("estimates");
        if (estimates && data == null) {
            throw new AnalysisException("population=estimates needs a data source bound to the model (or use "
                    + "population=reported with the model's reported statistics)");
        }
        if (estimates && !sameDefault(parameters, "loading")) {
            throw new AnalysisException("parameter 'loading' applies to population=reported (with "
                    + "population=estimates the loadings are estimated)");
        }
        monitor.begin("population model", 1);
        PopulationSpec populationSpec = estimates
                ? (pls ? PopulationSpec.plsEstimates(framework, plsMapping.model(), plsMapping.columns(), data,
                        consistent, effects)
                        : PopulationSpec.cbsemEstimates(framework, specification, cbsem.columns(), data, effects))
                : PopulationSpec.reported(framework, loading(parameters), effects);
        Population population = populationSpec.population();
        monitor.worked(1);

        int p = population.indicators().size();
        int smallest = p + 1;
        int n;
        if (solveN) {
            n = 0;
        } else {
            n = (int) parameters.integer("n");
            if (n == 0) {
                if (data == null) {
                    throw new AnalysisException("parameter 'n' is needed: no data source is bound to the model whose"
                            + " n could serve as the replication sample size");
                }
                n = populationSpec.dataN() > 0 ? populationSpec.dataN() : data.rowCount();
            }
            refuseSmall(n, p, "n");
        }

        double[] standardized = new double[targets.size()];
        for (int t = 0; t < targets.size(); t++) {
            standardized[t] = population.indirect(targets.get(t).chain());
        }
        double[] metric = standardized;
        CbsemFitter cbsemFitter = null;
        if (!pls) {
            try {
                cbsemFitter = new CbsemFitter(specification, population, targets, alpha, n);
            } catch (SemException e) {
                throw new AnalysisException("the CB-SEM model cannot be fitted to the population: " + e.getMessage(),
                        null, e);
            }
            metric = cbsemFitter.populationValues();
        }
        ReplicationFitter fitter = pls ? new PlsFitter(plsMapping.model(), population.indicators(), targets, alpha,
                (int) parameters.integer("pls-bootstrap"), consistent) : cbsemFitter;

        Runner runner = new Runner(population, fitter, targets.size(), replications, seed, threads, monitor);
        MonteCarlo.Summary summary;
        SampleSizeSearch.Outcome search = null;
        if (solveN) {
            int lo = Math.max(smallest, (int) parameters.integer("n-min"));
            int hi = (int) parameters.integer("n-max");
            if (parameters.integer("n-min") > 0) {
                refuseSmall(lo, p, "n-min");
            }
            if (hi <= lo) {
                throw new AnalysisException("parameter 'n-max' = " + hi + " must exceed the smallest n searched (" + lo
                        + ")");
            }
            search = SampleSizeSearch.search(runner::at, targets.size(), targetPower, lo, hi);
            summary = search.overall() > 0 ? runner.at(search.overall()) : runner.at(hi);
        } else {
            summary = runner.at(n);
        }
        return result(framework, parameters, method, populationSpec, targets, standardized, metric, summary, search,
                targetPower, pls, threads);
    }

    /** Evaluations of the Monte Carlo at one n, cached (the search revisits none). */
    static final class Runner {
        private final Population population;
        private final ReplicationFitter fitter;
        private final int targets;
        private final int replications;
        private final long seed;
        private final int threads;
        private final AnalysisMonitor monitor;
        private final Map<Integer, MonteCarlo.Summary> cache = new TreeMap<>();

        Runner(Population population, ReplicationFitter fitter, int targets, int replications, long seed, int threads,
                AnalysisMonitor monitor) {
            this.population = population;
            this.fitter = fitter;
            this.targets = targets;
            this.replications = replications;
            this.seed = seed;
            this.threads = threads;
            this.monitor = monitor;
        }

        MonteCarlo.Summary at(int n) {
            return cache.computeIfAbsent(n, size -> {
                monitor.begin("Monte Carlo power: " + replications + " replications at n = " + size, replications);
                return MonteCarlo.run(population, fitter, targets, size, replications, seed, threads, monitor::worked,
                        monitor::isCancelled);
            });
        }

        Map<Integer, MonteCarlo.Summary> evaluated() {
            return cache;
        }
    }

    private static void refuseSmall(int n, int indicators, String parameter) throws AnalysisException {
        if (n <= indicators) {
            throw new AnalysisException("parameter '" + parameter + "' = " + n + " is too small for the model: a "
                    + "replication needs more cases than the model's " + indicators + " indicators (n ≥ "
                    + (indicators + 1) + "), or its sample covariance matrix is singular");
        }
    }

    /** Composites, higher-order constructs, moderation and covariances are not part of the population model. */
    private static void refuseUnsupported(Framework framework) throws AnalysisException {
        for (Construct construct : framework.getConstructs()) {
            if (!construct.getDimensions().isEmpty()) {
                throw new AnalysisException("construct " + PopulationSpec.code(construct) + " is higher-order: the "
                        + "Monte Carlo population model has first-order reflective constructs only", construct.getId(),
                        null);
            }
        }
        for (Construct construct : PopulationSpec.measured(framework)) {
            if (construct.getMode() == org.synergos.model.ConstructMode.COMPOSITE) {
                throw new AnalysisException("construct " + PopulationSpec.code(construct) + " is a composite: the "
                        + "Monte Carlo population is a common-factor model (reflective constructs), for either method",
                        construct.getId(), null);
            }
        }
        if (!framework.getModerations().isEmpty()) {
            throw new AnalysisException("moderation hypothesis " + framework.getModerations().get(0).getId()
                    + ": interaction effects are not simulated by the Monte Carlo power engine",
                    framework.getModerations().get(0).getId(), null);
        }
        if (!framework.getCovariances().isEmpty()) {
            throw new AnalysisException("covariance " + framework.getCovariances().get(0).getId() + ": the population "
                    + "model has no residual covariances; remove it for the power analysis",
                    framework.getCovariances().get(0).getId(), null);
        }
        if (!framework.getConstraints().isEmpty()) {
            throw new AnalysisException("parameter constraint " + framework.getConstraints().get(0).getId()
                    + ": constraints are not simulated by the Monte Carlo power engine",
                    framework.getConstraints().get(0).getId(), null);
        }
    }

    /** Free paths, then the indirect effect of each mediation hypothesis whose paths are all in the model. */
    private static List<Target> targets(Framework framework, CbsemModelMapping cbsem) {
        List<Target> targets = new ArrayList<>();
        for (StructuralPath path : PopulationSpec.freePaths(framework)) {
            targets.add(new Target(PopulationSpec.pathCode(path), path.getId(),
                    List.of(PopulationSpec.code(path.getSource()), PopulationSpec.code(path.getTarget())), null));
        }
        for (MediationHypothesis mediation : framework.getMediations()) {
            String name = "ind_" + (mediation.getLabel() == null ? mediation.getId() : mediation.getLabel());
            if (!cbsem.isMediationEffect(name)) {
                continue;
            }
            List<String> chain = new ArrayList<>();
            chain.add(PopulationSpec.code(mediation.getSource()));
            mediation.getMediators().forEach(m -> chain.add(PopulationSpec.code(m)));
            chain.add(PopulationSpec.code(mediation.getTarget()));
            String label = mediation.getLabel() == null || mediation.getLabel().isBlank() ? mediation.getId()
                    : mediation.getLabel();
            targets.add(new Target(label + " (indirect)", mediation.getId(), chain, name));
        }
        return targets;
    }

    private static double loading(Parameters parameters) throws AnalysisException {
        double value = parameters.decimal("loading");
        if (!(value > 0 && value < 1)) {
            throw new AnalysisException("parameter 'loading' = " + value + " is invalid: expected a standardized "
                    + "loading strictly between 0 and 1");
        }
        return value;
    }

    private static double open(Parameters parameters, String key) throws AnalysisException {
        double value = parameters.decimal(key);
        if (!(value > 0 && value < 1)) {
            throw new AnalysisException("parameter '" + key + "' = " + value + " is invalid: expected a value "
                    + "strictly between 0 and 1");
        }
        return value;
    }

    /** A parameter changed from its default that the chosen method or solve mode does not read is refused. */
    private static void refuseUnused(Parameters parameters, boolean pls, boolean solveN) throws AnalysisException {
        if (!pls) {
            for (String key : List.of("pls-bootstrap", "consistent")) {
                if (!sameDefault(parameters, key)) {
                    throw new AnalysisException("parameter '" + key + "' applies to method=pls-sem only");
                }
            }
        }
        if (!solveN) {
            for (String key : List.of("n-min", "n-max")) {
                if (!sameDefault(parameters, key)) {
                    throw new AnalysisException("parameter '" + key + "' applies to solve=n only");
                }
            }
        }
    }

    private static boolean sameDefault(Parameters parameters, String key) {
        ParameterDescriptor descriptor = DESCRIPTOR.parameters().stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow();
        return sameValue(descriptor, parameters.text(key));
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

    private static AnalysisResult result(Framework framework, Parameters parameters, String method,
            PopulationSpec populationSpec, List<Target> targets, double[] standardized, double[] metric,
            MonteCarlo.Summary summary, SampleSizeSearch.Outcome search, double targetPower, boolean pls,
            int threads) {
        AnalysisResult.Builder result = AnalysisResult.builder(DESCRIPTOR);
        ResultTable.Builder table = ResultTable.builder("power", "Monte Carlo power at n = " + summary.n() + " ("
                + summary.converged() + " of " + summary.replications() + " replications converged; " + method + ")")
                .column(ResultColumn.text("target", "Hypothesis"))
                .column(ResultColumn.text("effect", "Effect"))
                .column(ResultColumn.decimal("population-std", "Population β (std.)", 3));
        if (!pls) {
            table.column(ResultColumn.decimal("population", "Population (model metric)", 4));
        }
        table.column(ResultColumn.decimal("mean", "Mean estimate", 4))
                .column(ResultColumn.decimal("bias", "Bias", 4))
                .column(ResultColumn.decimal("sd", "Empirical SD", 4))
                .column(ResultColumn.decimal("mean-se", "Mean SE", 4))
                .column(ResultColumn.decimal("coverage", "95% CI coverage", 3))
                .column(ResultColumn.decimal("power", "Power", 3))
                .column(ResultColumn.decimal("power-se", "MC SE of power", 4))
                .column(ResultColumn.text("reaches-target", "≥ target " + parameters.text("target-power")));
        for (int t = 0; t < targets.size(); t++) {
            Target target = targets.get(t);
            List<Object> row = new ArrayList<>();
            row.add(target.label());
            row.add(String.join(" → ", target.chain()));
            row.add(standardized[t]);
            if (!pls) {
                row.add(metric[t]);
            }
            row.add(summary.meanEstimate()[t]);
            row.add(summary.meanEstimate()[t] - metric[t]);
            row.add(summary.empiricalSd()[t]);
            row.add(summary.meanSe()[t]);
            row.add(summary.coverage(t, metric[t]));
            row.add(summary.power()[t]);
            row.add(summary.powerSe(t));
            row.add(summary.power()[t] >= targetPower ? "yes" : "no");
            table.row(row);
            result.value(new ElementValue(target.elementId(), "power", summary.power()[t],
                    String.format(Locale.ROOT, "power %.2f", summary.power()[t])));
        }
        table.note("Power = share of converged replications with p < α = " + parameters.text("alpha")
                + (pls ? " (bootstrap t test, " + parameters.text("pls-bootstrap") + " resamples per replication, t = "
                        + "estimate / bootstrap SD, Student t with draws − 1 df as SmartPLS; CI: 95% percentile)"
                        : " (ML Wald z test, expected information, as lavaan sem(); CI: 95% Wald; indirect effects: "
                                + "product of the paths, delta-method SE)")
                + "; MC SE = √(power(1 − power)/converged). Bias = mean estimate − population value"
                + (pls ? " (standardized; PLS estimates of common-factor populations are biased: loadings up, paths "
                        + "down, unless consistent=true)"
                        : " in the fitted model's metric (marker-indicator scaling: the model fitted to the population"
                                + " covariance matrix)")
                + ". Muthén & Muthén (2002): |bias| < 10% of the population value, SE bias < 10% and coverage 0.91"
                + "–0.98 make power trustworthy.");
        result.table(table.build());

        ResultTable.Builder populationTable = ResultTable.builder("population", "Population model (standardized)")
                .column(ResultColumn.text("parameter", "Parameter"))
                .column(ResultColumn.decimal("value", "Value", 3))
                .column(ResultColumn.text("source", "Source"));
        populationSpec.values().forEach(v -> populationTable.row(v.parameter(), v.value(), v.source()));
        result.table(populationTable.note("Indicators and constructs have variance 1; indicator residual variance "
                + "1 − λ², construct disturbance variance 1 − R²; multivariate normal data.").build());

        if (search != null) {
            ResultTable.Builder minimum = ResultTable.builder("minimum-n", "Minimum n for power "
                    + parameters.text("target-power"))
                    .column(ResultColumn.text("target", "Hypothesis"))
                    .column(ResultColumn.integer("n", "Minimum n"))
                    .column(ResultColumn.decimal("power", "Power at n", 3))
                    .column(ResultColumn.decimal("power-below", "Power at n − 1", 3));
            for (int t = 0; t < targets.size(); t++) {
                addMinimum(minimum, targets.get(t).label(), search.perTarget()[t], search, t);
            }
            addMinimum(minimum, "all", search.overall(), search, -1);
            result.table(minimum.note("Bisection over n in [" + search.low() + ", " + search.high() + "] with the "
                    + "same replication streams at every n (common random numbers), assuming power rises with n; "
                    + "evaluated n: " + search.evaluated().keySet() + ". Empty: the target is not reached at n-max.")
                    .build());
        }

        if (summary.converged() < summary.replications()) {
            Map<String, Integer> failures = summary.failures();
            result.message(Message.warning((summary.replications() - summary.converged()) + " of "
                    + summary.replications() + " replications failed and are left out (" + failures + ")", ""));
        }
        if (search != null && !sameDefault(parameters, "n")) {
            result.message(Message.info("parameter 'n' = " + parameters.text("n") + " is not used with solve=n (the "
                    + "search ranges over n-min .. n-max)"));
        }
        if (search != null && search.overall() <= 0) {
            result.message(Message.warning("the target power " + parameters.text("target-power") + " is not reached "
                    + "for every target at n-max = " + search.high() + "; the power table shows n-max", ""));
        }
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("software", "Synergos Monte Carlo power " + VERSION);
        provenance.put("method", method);
        provenance.put("population", parameters.text("population"));
        provenance.put("n", String.valueOf(summary.n()));
        provenance.put("replications", String.valueOf(summary.replications()));
        provenance.put("converged", String.valueOf(summary.converged()));
        provenance.put("failed", String.valueOf(summary.replications() - summary.converged()));
        provenance.put("seed", parameters.text("seed"));
        provenance.put("streams", "replication r: SplittableRandom(SplitMix64(seed + (r + 1)·0x9E3779B97F4A7C15)); "
                + "results do not depend on the thread count");
        provenance.put("threads", String.valueOf(threads));
        provenance.put("alpha", parameters.text("alpha"));
        if (!parameters.text("effects").isBlank()) {
            provenance.put("effects", parameters.text("effects"));
        }
        if (pls) {
            provenance.put("pls-bootstrap", parameters.text("pls-bootstrap"));
            provenance.put("consistent", parameters.text("consistent"));
        }
        if (search != null) {
            provenance.put("solve", "n");
            provenance.put("target-power", parameters.text("target-power"));
        }
        return result.provenance(provenance).build();
    }

    private static void addMinimum(ResultTable.Builder table, String label, int n, SampleSizeSearch.Outcome search,
            int t) {
        if (n <= 0) {
            table.row(label, null, null, null);
            return;
        }
        MonteCarlo.Summary at = search.evaluated().get(n);
        MonteCarlo.Summary below = search.evaluated().get(n - 1);
        table.row(label, (long) n, power(at, t), below == null ? null : power(below, t));
    }

    private static Double power(MonteCarlo.Summary summary, int t) {
        if (t >= 0) {
            return summary.power()[t];
        }
        double min = 1;
        for (double p : summary.power()) {
            min = Math.min(min, p);
        }
        return min;
    }
}
