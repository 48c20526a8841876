package org.synergos.analysis.cbsem.internal.engine;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ParameterDescriptor;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.cbsem.core.BootCiType;
import org.synergos.analysis.cbsem.core.Estimator;
import org.synergos.analysis.cbsem.core.GroupEquality;
import org.synergos.analysis.cbsem.core.HeywoodCase;
import org.synergos.analysis.cbsem.core.InformationType;
import org.synergos.analysis.cbsem.core.MissingData;
import org.synergos.analysis.cbsem.core.Sem;
import org.synergos.analysis.cbsem.core.SemException;
import org.synergos.analysis.cbsem.core.SemOptions;
import org.synergos.analysis.cbsem.core.SemResult;
import org.synergos.data.Dataset;
import org.synergos.data.matrix.MatrixData;
import org.synergos.model.Framework;

/**
 * Covariance-based SEM (AMOS/lavaan style) on a Synergos model: ML, MLR or FIML estimates, standardised
 * solutions, R², indirect effects of mediation hypotheses, fit measures and modification indices.
 */
@Component(service = AnalysisEngine.class, property = {AnalysisEngine.ENGINE_ID + "=" + CbsemEngine.ID,
        AnalysisEngine.SUMMARY_DATA + ":Boolean=true"})
public final class CbsemEngine implements AnalysisEngine {

    public static final String ID = "cb-sem";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Covariance-based SEM", "0.1.0",
            "Maximum-likelihood structural equation modelling of reflective constructs (lavaan conventions): "
                    + "estimates with SE, z, p and CI, standardised solutions, R², indirect effects, fit "
                    + "(chi-square, CFI, TLI, RMSEA, SRMR, AIC, BIC) and modification indices.",
            List.of(ParameterDescriptor.choice("estimator", "Estimator",
                    "ML: normal-theory maximum likelihood; MLR: robust (Huber–White) SEs and Yuan–Bentler scaled test; "
                            + "MLM: robust SEs (expected information) and Satorra–Bentler scaled test, complete data",
                    "ML", "ML", "MLR", "MLM"),
                    ParameterDescriptor.choice("missing", "Missing data", "listwise deletion or full-information ML",
                            "listwise", "listwise", "fiml"),
                    ParameterDescriptor.choice("information", "Information matrix",
                            "for standard errors; default as lavaan: observed for MLR and FIML, else expected (MLM: expected only)",
                            "default", "default", "expected", "observed"),
                    ParameterDescriptor.text("group", "Group column",
                            "data column defining groups for a multigroup fit; empty = one group", ""),
                    ParameterDescriptor.text("group-equal", "Equal across groups",
                            "lavaan group.equal, comma-separated: loadings, intercepts, means, regressions, residuals, "
                                    + "residual.covariances, lv.variances, lv.covariances; none = configural",
                            "none"),
                    ParameterDescriptor.text("group-partial", "Free across groups",
                            "lavaan group.partial, comma-separated parameters exempt from group-equal, "
                                    + "e.g. 'visual =~ x2, x3 ~ 1'",
                            ""),
                    ParameterDescriptor.flag("std-lv", "Standardised latent variables",
                            "lavaan std.lv: fix latent (residual) variances to 1 instead of the first loadings",
                            false),
                    ParameterDescriptor.integer("bootstrap", "Bootstrap draws", "0 = analytic standard errors", 0, 0,
                            100000),
                    ParameterDescriptor.integer("seed", "Seed", "random seed of the bootstrap", 20250314, 0,
                            Long.MAX_VALUE),
                    ParameterDescriptor.choice("boot-ci-type", "Bootstrap CI",
                            "lavaan boot.ci.type: perc (percentile, lavaan's default), norm (normal, bias-corrected), "
                                    + "basic, bca.simple (bias-corrected percentile)",
                            "perc", "perc", "norm", "basic", "bca.simple"),
                    ParameterDescriptor.integer("mi-rows", "Modification indices",
                            "largest modification indices listed", 10, 0, 1000)));

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Applicability applicability(AnalysisInput input) {
        List<String> reasons = new ArrayList<>();
        if (!(input.model().orElse(null) instanceof Framework framework)) {
            return Applicability.notApplicable("needs a Synergos model with constructs and indicators");
        }
        if (input.data().isEmpty()) {
            reasons.add("needs a data source bound to the model");
        }
        SemModelMapping mapping = SemModelMapping.of(framework, false);
        if (mapping.columns().isEmpty()) {
            reasons.add("no reflective construct has indicators");
        }
        reasons.addAll(mapping.problems());
        input.data().ifPresent(data -> mapping.columns().stream().filter(c -> !data.hasColumn(c))
                .forEach(c -> reasons.add("indicator column '" + c + "' is missing from " + data.describe())));
        return reasons.isEmpty() ? Applicability.ok() : Applicability.notApplicable(reasons);
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) throws AnalysisException {
        Framework framework = (Framework) request.input().model().orElseThrow();
        Dataset data = request.input().data().orElseThrow();
        Parameters parameters = request.parameters();
        SemModelMapping mapping = SemModelMapping.of(framework, !parameters.text("group").isBlank());
        if (!mapping.problems().isEmpty()) {
            // applicability already refuses these; a direct call must not fit a model missing them either
            throw new AnalysisException("the CB-SEM engine cannot estimate this model as specified: "
                    + String.join("; ", mapping.problems()));
        }
        SemOptions options = options(parameters);
        monitor.begin(options.bootstrapDraws() > 0 ? "CB-SEM with " + options.bootstrapDraws() + " bootstrap draws"
                : "CB-SEM estimation", 1);
        SemResult fit;
        SummaryInput summary = MatrixData.isMatrixData(data) ? SummaryInput.of(data, parameters.text("group")) : null;
        try {
            fit = summary != null ? Sem.fit(mapping.specification(), summary.data(), options)
                    : Sem.fit(mapping.specification(), SemData.of(data, mapping.columns(), parameters.text("group")),
                            options);
        } catch (SemException e) {
            throw new AnalysisException(e.getMessage(), null, e);
        }
        monitor.worked(1);
        AnalysisResult.Builder result = AnalysisResult.builder(DESCRIPTOR);
        CbsemTables tables = new CbsemTables(mapping, fit);
        tables.addTo(result, (int) parameters.integer("mi-rows"));
        for (HeywoodCase heywood : fit.heywoodCases()) {
            result.message(Message.warning("Heywood case: " + heywood.message(),
                    mapping.elementId(heywood.parameter().lhs())));
        }
        // the core's warnings repeat each Heywood case, reported above with its element: once is enough
        java.util.Set<String> heywood = new java.util.HashSet<>();
        fit.heywoodCases().forEach(h -> heywood.add(h.message()));
        fit.warnings().stream().filter(w -> !heywood.contains(w))
                .forEach(warning -> result.message(Message.warning(warning, "")));
        mapping.notes().forEach(note -> result.message(Message.info(note)));
        if (summary != null && summary.standardized()) {
            result.message(Message.warning(data.describe() + " gives correlations without standard deviations: the"
                    + " model is fitted to standardised variables (unstandardised estimates are in SD units) and, as"
                    + " in lavaan, the correlation matrix is analysed as a covariance matrix, so standard errors and"
                    + " the chi-square are approximate; add a STDDEV row for exact ones", ""));
        }
        if (!fit.activeInequalityConstraints().isEmpty()) {
            result.message(Message.info("inequality constraints active at the estimates: '"
                    + String.join("', '", fit.activeInequalityConstraints()) + "' (equalities in the SEs, counted in"
                    + " neither df nor npar, as lavaan); modification indices and score tests are not computed"));
        }
        return result.provenance("software", "Synergos CB-SEM " + DESCRIPTOR.version())
                .provenance(summaryProvenance(summary, data))
                .provenance("estimator", options.estimator() + ", " + options.missing() + ", "
                        + options.information() + " information")
                .provenance(statedParameters(parameters))
                // after the parameters: the resolved types replace "default"
                .provenance("information", lavaanName(options.information()))
                .provenance("se", options.bootstrapDraws() > 0 ? "bootstrap"
                        : switch (options.estimator()) {
                            case MLR -> "robust.huber.white";
                            case MLM -> "robust.sem";
                            default -> "standard";
                        })
                .provenance("test", switch (options.estimator()) {
                    case MLR -> "yuan.bentler.mplus";
                    case MLM -> "satorra.bentler";
                    default -> "standard";
                })
                .provenance(bootstrapProvenance(fit))
                .provenance("n", java.util.Arrays.stream(fit.groupSizes()).sum())
                .provenance("iterations", fit.convergence().iterations()).build();
    }

    /** Where estimates from a matrix file came from (nothing for raw data, whose provenance is unchanged). */
    private static java.util.Map<String, String> summaryProvenance(SummaryInput summary, Dataset data) {
        if (summary == null) {
            return java.util.Map.of();
        }
        return java.util.Map.of("data", "summary statistics from " + data.describe() + " (" + (summary.standardized()
                ? "correlation matrix" : "covariance matrix") + (summary.data().hasMeans() ? " and means" : "")
                + ", n = " + summary.n() + ")");
    }

    /** CI type and draws that succeeded, failed (left out) and were inadmissible (kept), as lavaan counts them. */
    private static java.util.Map<String, String> bootstrapProvenance(SemResult fit) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (fit.options().bootstrapDraws() > 0) {
            out.put("boot.ci.type", fit.options().bootCiType().lavaanName());
            out.put("bootstrap-successful", String.valueOf(fit.bootstrapDraws()));
            out.put("bootstrap-failed", String.valueOf(fit.bootstrapFailed()));
            out.put("bootstrap-inadmissible", String.valueOf(fit.bootstrapInadmissible()));
        }
        return out;
    }

    /** The parameters for the methods section; std-lv and group-partial only when they change the model. */
    private static java.util.Map<String, String> statedParameters(Parameters parameters) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>(parameters.asMap());
        if (!parameters.flag("std-lv")) {
            out.remove("std-lv");
        }
        if (parameters.integer("bootstrap") == 0) {
            out.remove("boot-ci-type");
        }
        if (parameters.text("group-partial").isBlank()) {
            out.remove("group-partial");
        }
        return out;
    }

    private static String lavaanName(InformationType information) {
        return information == InformationType.OBSERVED ? "observed" : "expected";
    }

    /** lavaan's group.equal names, comma-separated ("none" or empty: configural); unknown names refused. */
    private static List<GroupEquality> groupEqual(String text) throws AnalysisException {
        List<GroupEquality> out = new ArrayList<>();
        for (String name : list(text)) {
            if (name.equals("none")) {
                continue;
            }
            GroupEquality equality = GroupEquality.ofLavaanName(name).orElse(null);
            if (equality == null) {
                throw new AnalysisException("group-equal '" + name + "' is not supported by the CB-SEM engine (supported: "
                        + String.join(", ", java.util.Arrays.stream(GroupEquality.values())
                                .map(GroupEquality::lavaanName).toList())
                        + ")");
            }
            out.add(equality);
        }
        return out;
    }

    private static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        for (String item : text.split(",")) {
            if (!item.isBlank()) {
                out.add(item.trim());
            }
        }
        return out;
    }

    /** The core's options of a run; refuses combinations the engine cannot honour, naming the parameter. */
    static SemOptions options(Parameters parameters) throws AnalysisException {
        SemOptions.Builder options = SemOptions.builder()
                .estimator(Estimator.valueOf(parameters.text("estimator")))
                .missing(parameters.text("missing").equals("fiml") ? MissingData.FIML : MissingData.LISTWISE);
        // "default" leaves the choice to SemOptions, which resolves it per estimator and missing-data method
        switch (parameters.text("information")) {
        case "observed" -> options.information(InformationType.OBSERVED);
        case "expected" -> options.information(InformationType.EXPECTED);
        default -> {
            // lavaan's default for the estimator and missing-data method
        }
        }
        String group = parameters.text("group");
        List<GroupEquality> equal = groupEqual(parameters.text("group-equal"));
        List<String> partial = list(parameters.text("group-partial"));
        if (group.isBlank() && (!equal.isEmpty() || !partial.isEmpty())) {
            throw new AnalysisException((equal.isEmpty() ? "group-partial" : "group-equal")
                    + " constrains parameters across groups, but no group column is set (parameter 'group')");
        }
        if (!partial.isEmpty() && equal.isEmpty()) {
            throw new AnalysisException("group-partial '" + parameters.text("group-partial")
                    + "' exempts parameters from group-equal, which is empty");
        }
        if (!group.isBlank()) {
            options.group(group).groupEqual(equal.toArray(GroupEquality[]::new));
            try {
                options.groupPartial(partial.toArray(String[]::new));
            } catch (IllegalArgumentException e) {
                throw new AnalysisException(e.getMessage(), null, e);
            }
        }
        options.stdLv(parameters.flag("std-lv"));
        long draws = parameters.integer("bootstrap");
        if (draws > 0) {
            options.bootstrap((int) draws, parameters.integer("seed"));
        }
        String ciType = parameters.text("boot-ci-type");
        // the descriptor's choice refuses other names (lavaan's "bca" included) before the engine runs
        options.bootCiType(BootCiType.ofLavaanName(ciType).orElseThrow(() -> new AnalysisException(
                "boot-ci-type '" + ciType + "' is not supported (supported: perc, norm, basic, bca.simple)")));
        if (draws == 0 && !ciType.equals("perc")) {
            throw new AnalysisException("boot-ci-type '" + ciType + "' chooses bootstrap confidence intervals, but"
                    + " bootstrap = 0 (analytic standard errors); set the number of bootstrap draws");
        }
        return options.build();
    }
}
