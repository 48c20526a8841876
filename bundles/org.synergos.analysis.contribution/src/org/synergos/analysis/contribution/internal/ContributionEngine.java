package org.synergos.analysis.contribution.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisExecutor;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ParameterDescriptor;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.Severity;
import org.synergos.analysis.api.format.CellText;
import org.synergos.model.Construct;
import org.synergos.model.Framework;
import org.synergos.model.StructuralPath;

/**
 * Contribution table (paper A, Liang &amp; Liang, Table 3): the effect of each index (predictor construct)
 * on overall collaborative-innovation performance (the outcome) as standardised path coefficient β with
 * SE, confidence interval and p, sorted by β. Estimates come from the {@code cb-sem} or {@code pls-sem}
 * engine, run through the request's executor on the same model and data; nothing is estimated here.
 */
@Component(service = AnalysisEngine.class, property = AnalysisEngine.ENGINE_ID + "=" + ContributionEngine.ID)
public final class ContributionEngine implements AnalysisEngine {

    public static final String ID = "contribution";
    static final String CBSEM = "cb-sem";
    static final String PLS = "pls-sem";
    static final String OUTCOME = "outcome";
    static final String VIA = "via";
    static final String BOOTSTRAP = "bootstrap";
    static final String SEED = "seed";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Contribution table", "0.1.0",
            "Standardised effect (β, SE, CI, p, stars) of every predictor of an outcome construct, sorted by β, "
                    + "from a CB-SEM or PLS-SEM run (paper A, Table 3).",
            List.of(ParameterDescriptor.text(OUTCOME, "Outcome",
                    "id (or code) of the outcome construct, e.g. construct.CIPF; empty = the one construct that "
                            + "paths lead to and none leave",
                    ""),
                    ParameterDescriptor.choice(VIA, "Estimated by", "SEM engine that estimates the paths", CBSEM,
                            CBSEM, PLS),
                    ParameterDescriptor.text(BOOTSTRAP, "Bootstrap draws",
                            "passed to the SEM engine; empty = that engine's default", ""),
                    ParameterDescriptor.text(SEED, "Seed", "passed to the SEM engine; empty = its default", "")));

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Applicability applicability(AnalysisInput input) {
        if (!(input.model().orElse(null) instanceof Framework framework)) {
            return Applicability.notApplicable("needs a Synergos model with constructs and structural paths");
        }
        List<String> reasons = new ArrayList<>();
        if (framework.getPaths().isEmpty()) {
            reasons.add("the model has no structural paths");
        }
        if (input.data().isEmpty()) {
            reasons.add("needs a data source bound to the model");
        }
        return reasons.isEmpty() ? Applicability.ok() : Applicability.notApplicable(reasons);
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) throws AnalysisException {
        if (!(request.input().model().orElse(null) instanceof Framework framework)) {
            throw new AnalysisException("the contribution table needs a Synergos model");
        }
        AnalysisExecutor executor = request.executor();
        if (executor == null) {
            throw new AnalysisException("the contribution table needs an analysis executor to run the SEM engine");
        }
        String via = request.parameters().text(VIA);
        Construct outcome = Outcomes.resolve(framework, request.parameters().text(OUTCOME).strip());
        List<StructuralPath> paths = framework.getPaths().stream().filter(p -> p.getTarget() == outcome
                && p.getSource() != null).toList();
        if (paths.isEmpty()) {
            throw new AnalysisException("no structural path leads to the outcome " + outcome.getId(), outcome.getId(),
                    null);
        }
        monitor.begin("estimating the paths with " + via, 1);
        AnalysisResult called = executor.run(via, request.input(), calledParameters(request, via), monitor);
        monitor.worked(1);
        if (!called.isSuccessful()) {
            return failure(via, called, outcome);
        }
        List<Message> messages = new ArrayList<>();
        List<Coefficient> coefficients = ContributionTable.sorted(
                CalledTables.read(via, called, org.synergos.model.helpers.ElementLabels.name(outcome), paths, messages));
        AnalysisResult.Builder result = AnalysisResult.builder(DESCRIPTOR);
        result.table(ContributionTable.of(outcome, via, confidenceLevel(called, via), coefficients,
                new Reported(framework)));
        for (Coefficient c : coefficients) {
            String id = c.path().getId();
            result.value(new ElementValue(id, "beta", c.beta(), CellText.fixed(c.beta(), 2) + CellText.stars(c.p())));
            result.value(ElementValue.of(id, "p", c.p()));
        }
        if (via.equals(PLS) && coefficients.stream().allMatch(c -> Double.isNaN(c.p()))) {
            messages.add(Message.warning("PLS-SEM ran without bootstrap: no SE, CI or p (set bootstrap > 0)", ""));
        }
        messages.forEach(result::message);
        called.messages().stream().filter(m -> m.severity() == Severity.WARNING).forEach(result::message);
        called.provenance().forEach((key, value) -> result.provenance(via + "." + key, value));
        return result.provenance("software", "Synergos contribution " + DESCRIPTOR.version())
                .provenance("estimated-by", via + " " + called.engineVersion())
                .provenance("definition.beta", via.equals(PLS) ? "PLS path coefficient (standardised)"
                        : "completely standardised estimate std.all; SE/CI/p of the unstandardised estimate")
                .provenance("outcome", outcome.getId()).provenance(request.parameters().asMap()).build();
    }

    private static Map<String, String> calledParameters(AnalysisRequest request, String via) throws AnalysisException {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String key : List.of(BOOTSTRAP, SEED)) {
            String value = request.parameters().text(key).strip();
            if (!value.isEmpty()) {
                if (!value.matches("\\d+")) {
                    throw new AnalysisException("parameter '" + key + "' = '" + value + "' is not a whole number");
                }
                parameters.put(key, value);
            }
        }
        if (via.equals(PLS)) {
            // the contribution table needs neither Q² nor PLSpredict: skip them
            parameters.put("blindfolding", "0");
            parameters.put("plspredict-folds", "0");
        }
        return parameters;
    }

    /** The called engine's failure, carried over: its status, a message naming it, then its own messages. */
    private static AnalysisResult failure(String via, AnalysisResult called, Construct outcome) {
        List<Message> messages = new ArrayList<>();
        String cause = called.messages().stream().filter(m -> m.severity() == Severity.ERROR).map(Message::text)
                .findFirst().orElse(called.status().name());
        messages.add(Message.error("engine '" + via + "' did not estimate the paths (" + called.status() + "): "
                + cause, outcome.getId()));
        messages.addAll(called.messages());
        AnalysisResult.Status status = called.isCompleted() ? AnalysisResult.Status.FAILED : called.status();
        return new AnalysisResult(ID, DESCRIPTOR.version(), status, List.of(), List.of(), messages,
                Map.of("estimated-by", via));
    }

    private static int confidenceLevel(AnalysisResult called, String via) {
        Pattern percent = Pattern.compile("(\\d{2})\\s*%");
        ResultTable table = called.table(via.equals(PLS) ? CalledTables.PLS_TABLE : CalledTables.CBSEM_TABLE)
                .orElse(null);
        if (table != null) {
            List<String> texts = new ArrayList<>(table.notes());
            table.columns().stream().filter(c -> c.id().equals("ci.lower")).forEach(c -> texts.add(c.label()));
            for (String text : texts) {
                Matcher m = percent.matcher(text);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        }
        return 95;
    }
}
