package org.synergos.analysis.factors.internal;

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
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.format.CellText;
import org.synergos.data.Dataset;
import org.synergos.model.Framework;
import org.synergos.model.Index;

/**
 * Influencing factors of collaborative innovation (paper A, Liang &amp; Liang, Table 2): per index, grouped
 * by category, the mean, SD (n − 1), maximum and minimum of its observations beside the statistics the
 * paper reports, with a check column. When constructs are bound to a data set, also the construct-level
 * table of paper E (Gao et al. 2025, Table 1): descriptives of item-average scores (mean, SD, G1, G2) and
 * their correlation matrix, plus Harman's single-factor share obtained from the {@code harman} engine
 * through the executor.
 */
@Component(service = AnalysisEngine.class, property = AnalysisEngine.ENGINE_ID + "=" + FactorsEngine.ID)
public final class FactorsEngine implements AnalysisEngine {

    public static final String ID = "influencing-factors";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Influencing factors", "0.1.0",
            "Mean, SD, max and min per index grouped by influencing-factor category beside the reported values "
                    + "(paper A, Table 2); with constructs bound to data: construct descriptives (mean, SD, "
                    + "skewness, kurtosis), construct correlations and Harman's single-factor share.",
            List.of());

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Applicability applicability(AnalysisInput input) {
        if (!(input.model().orElse(null) instanceof Framework framework)) {
            return Applicability.notApplicable("needs a Synergos model with indices or constructs");
        }
        boolean constructs = input.data().isPresent()
                && framework.getConstructs().stream().anyMatch(c -> !c.getIndicators().isEmpty());
        if (framework.getIndices().isEmpty() && !constructs) {
            return Applicability.notApplicable("the model has no indices, and no constructs with indicators bound to "
                    + "a data set");
        }
        return Applicability.ok();
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) throws AnalysisException {
        if (!(request.input().model().orElse(null) instanceof Framework framework)) {
            throw new AnalysisException("the influencing-factors analysis needs a Synergos model");
        }
        monitor.begin("influencing factors", 3);
        List<Message> messages = new ArrayList<>();
        ReportedValues reported = new ReportedValues(framework);
        AnalysisResult.Builder result = AnalysisResult.builder(DESCRIPTOR);
        if (!framework.getIndices().isEmpty()) {
            List<IndexRow> rows = new ArrayList<>();
            for (Index index : framework.getIndices()) {
                rows.add(IndexRow.of(index, reported, messages));
            }
            rows = FactorTables.grouped(rows);
            result.table(FactorTables.factors(rows));
            rows.forEach(row -> overlay(row, result));
        }
        monitor.worked(1);
        Dataset data = request.input().data().orElse(null);
        if (data != null) {
            constructs(request, framework, data, reported, messages, result, monitor);
        }
        monitor.worked(2);
        messages.forEach(result::message);
        return result.provenance("software", "Synergos influencing-factors " + DESCRIPTOR.version())
                .provenance("definition.sd", "sample SD (n - 1)")
                .provenance("definition.construct-score", "mean of the construct's items per respondent, rows "
                        + "complete on those items")
                .provenance("skewness.kurtosis", "bias-adjusted G1, G2 (Joanes & Gill 1998 type 2; SPSS/Excel)")
                .provenance("correlation", "Pearson, pairwise deletion")
                .provenance("indices", framework.getIndices().size()).build();
    }

    private static void constructs(AnalysisRequest request, Framework framework, Dataset data, ReportedValues reported,
            List<Message> messages, AnalysisResult.Builder result, AnalysisMonitor monitor) {
        List<ConstructScores> scores = ConstructScores.of(framework, data, messages);
        if (scores.isEmpty()) {
            return;
        }
        List<ConstructStatistics> statistics = scores.stream().map(ConstructStatistics::of).toList();
        result.table(ConstructTables.descriptives(statistics, reported));
        for (ConstructStatistics s : statistics) {
            String id = s.scores().construct().getId();
            result.value(new ElementValue(id, "mean", s.mean(), "M = " + CellText.fixed(s.mean(), 3)));
            result.value(new ElementValue(id, "sd", s.sd(), "SD = " + CellText.fixed(s.sd(), 3)));
        }
        if (scores.size() > 1) {
            ConstructCorrelations correlations = new ConstructCorrelations(scores);
            result.table(ConstructTables.matrix(correlations));
            result.table(ConstructTables.pairs(correlations, reported));
        }
        monitor.checkCancelled();
        List<String> columns = new ArrayList<>();
        scores.forEach(s -> columns.addAll(s.columns()));
        CommonMethodCheck.run(request, columns, reported, messages, monitor).ifPresent(result::table);
        result.provenance("n", data.rowCount()).provenance("data", data.describe());
    }

    private static void overlay(IndexRow row, AnalysisResult.Builder result) {
        Summary shown = row.computed().n() > 0 ? row.computed() : row.reported();
        if (!Double.isNaN(shown.mean())) {
            result.value(new ElementValue(row.index().getId(), "mean", shown.mean(),
                    "M = " + CellText.fixed(shown.mean(), 2)));
        }
        if (!Double.isNaN(shown.sd())) {
            result.value(new ElementValue(row.index().getId(), "sd", shown.sd(), "SD = " + CellText.fixed(shown.sd(), 2)));
        }
    }
}
