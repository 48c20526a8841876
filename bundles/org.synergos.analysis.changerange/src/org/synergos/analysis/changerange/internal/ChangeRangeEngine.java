package org.synergos.analysis.changerange.internal;

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
import org.synergos.analysis.api.ElementValue;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.ParameterDescriptor;
import org.synergos.analysis.api.format.CellText;
import org.synergos.model.Framework;
import org.synergos.model.Index;

/**
 * Change range of indices before and after collaborative innovation (paper A, Liang &amp; Liang, Table 1):
 * per index and unit the BEFORE and AFTER values, the absolute change, the signed change
 * % = (after − before) / before × 100 and whether the change is an improvement given the index's
 * direction. Where observations carry periods, also the period-to-period changes; with parameter
 * {@value #ELASTICITY_OF} the arc elasticities of the other indices to that index's changes
 * (E = (ΔY/Ȳ)/(ΔX/X̄), Allen &amp; Lerner 1934), matched by unit and interval.
 */
@Component(service = AnalysisEngine.class, property = AnalysisEngine.ENGINE_ID + "=" + ChangeRangeEngine.ID)
public final class ChangeRangeEngine implements AnalysisEngine {

    public static final String ID = "change-range";
    static final String ELASTICITY_OF = "elasticity-of";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Change range", "0.1.0",
            "Before/after change and change % of every index (paper A, Table 1) with an improvement verdict by "
                    + "the index's direction; period-to-period changes and arc elasticities to a reference index.",
            List.of(ParameterDescriptor.text(ELASTICITY_OF, "Elasticity of",
                    "id of the reference index X (e.g. index.rd_investment): arc elasticities of the other indices "
                            + "to its changes; empty = none",
                    "")));

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Applicability applicability(AnalysisInput input) {
        if (!(input.model().orElse(null) instanceof Framework framework)) {
            return Applicability.notApplicable("needs a Synergos model with indices");
        }
        if (framework.getIndices().stream().allMatch(index -> index.getObservations().isEmpty())) {
            return Applicability.notApplicable("no index has observations (BEFORE/AFTER phases or periods)");
        }
        return Applicability.ok();
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) throws AnalysisException {
        if (!(request.input().model().orElse(null) instanceof Framework framework)) {
            throw new AnalysisException("the change-range analysis needs a Synergos model with indices");
        }
        monitor.begin("changes of " + framework.getIndices().size() + " indices", framework.getIndices().size());
        Diagnostics diagnostics = new Diagnostics();
        List<Step> phaseSteps = new ArrayList<>();
        List<Step> periodSteps = new ArrayList<>();
        for (Index index : framework.getIndices()) {
            monitor.checkCancelled();
            List<Step> pairs = PhasePairs.of(index, diagnostics);
            phaseSteps.addAll(pairs);
            periodSteps.addAll(PeriodSteps.of(index, diagnostics));
            checkZeroBase(index, pairs, diagnostics);
            monitor.worked(1);
        }
        AnalysisResult.Builder result = AnalysisResult.builder(DESCRIPTOR);
        ReportedChanges reported = new ReportedChanges(framework);
        if (!phaseSteps.isEmpty()) {
            result.table(ChangeRangeTables.changeRange(phaseSteps, reported));
            overlays(phaseSteps, result);
        }
        if (!periodSteps.isEmpty()) {
            result.table(ChangeRangeTables.periodChanges(periodSteps));
        }
        elasticities(framework, request.parameters().text(ELASTICITY_OF).strip(), phaseSteps, periodSteps,
                diagnostics, result);
        if (phaseSteps.isEmpty() && periodSteps.isEmpty()) {
            diagnostics.info("No index has a BEFORE/AFTER pair or two observed periods: nothing to compare.");
        }
        diagnostics.messages().forEach(result::message);
        return result.provenance("software", "Synergos change-range " + DESCRIPTOR.version())
                .provenance("definition.change-percent", "(after - before) / before * 100, signed")
                .provenance("definition.improved", "sign of the change judged by the index direction")
                .provenance("definition.elasticity", "arc (midpoint) elasticity (dY/mean(Y))/(dX/mean(X)), "
                        + "Allen & Lerner 1934")
                .provenance("indices", framework.getIndices().size())
                .provenance(request.parameters().asMap()).build();
    }

    private static void checkZeroBase(Index index, List<Step> pairs, Diagnostics diagnostics) {
        for (Step step : pairs) {
            if (step.before() == 0) {
                diagnostics.warning(index, "the BEFORE value" + (step.unit().isEmpty() ? "" : " of unit '"
                        + step.unit() + "'") + " is 0: change % is undefined (division by zero); the absolute "
                        + "change is still reported");
            }
        }
    }

    private static void elasticities(Framework framework, String referenceId, List<Step> phaseSteps,
            List<Step> periodSteps, Diagnostics diagnostics, AnalysisResult.Builder result) {
        if (referenceId.isEmpty()) {
            return;
        }
        Index reference = framework.getIndices().stream().filter(i -> referenceId.equals(i.getId())).findFirst()
                .orElse(null);
        if (reference == null) {
            diagnostics.error(referenceId, "parameter " + ELASTICITY_OF + " names index '" + referenceId
                    + "', which is not in the model; no elasticities computed");
            return;
        }
        List<Step> all = new ArrayList<>(phaseSteps);
        all.addAll(periodSteps);
        List<Step> referenceSteps = all.stream().filter(s -> s.index() == reference).toList();
        if (referenceSteps.isEmpty()) {
            diagnostics.warning(reference, "has no change (BEFORE/AFTER pair or consecutive periods): no "
                    + "elasticities to it can be computed");
            return;
        }
        List<ArcElasticity> elasticities = ArcElasticity.of(reference, referenceSteps, all, diagnostics);
        result.table(ChangeRangeTables.elasticities(reference, elasticities));
        for (Index index : framework.getIndices()) {
            List<ArcElasticity> own = elasticities.stream().filter(e -> e.step().index() == index).toList();
            if (own.size() == 1 && Double.isFinite(own.get(0).elasticity())) {
                double value = own.get(0).elasticity();
                result.value(new ElementValue(index.getId(), "elasticity", value, "E = " + CellText.fixed(value, 2)));
            }
        }
    }

    /** Change % on each index with exactly one before/after pair (a diagram shows one value per index). */
    private static void overlays(List<Step> steps, AnalysisResult.Builder result) {
        for (Step step : steps) {
            long pairs = steps.stream().filter(s -> s.index() == step.index()).count();
            if (pairs != 1 || Double.isNaN(step.percent())) {
                continue;
            }
            String id = step.index().getId();
            String sign = step.percent() > 0 ? "+" : "";
            result.value(new ElementValue(id, "change-percent", step.percent(),
                    sign + CellText.fixed(step.percent(), 2) + "%"));
            Verdict verdict = Verdict.of(step.index().getDirection(), step.change());
            if (verdict == Verdict.IMPROVED || verdict == Verdict.WORSENED) {
                result.value(new ElementValue(id, "improved", verdict == Verdict.IMPROVED ? 1 : 0, verdict.text()));
            }
        }
    }
}
