package org.synergos.analysis.descriptive.internal;

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
import org.synergos.analysis.api.ParameterDescriptor;
import org.synergos.data.Dataset;

/**
 * Descriptive statistics per indicator (n, missing, mean, SD, skewness, excess kurtosis, min, max) and
 * the Pearson correlation matrix of the indicators, as reported in the first table of most survey
 * studies (e.g. paper E, Table 1).
 *
 * <p>Skewness and kurtosis use the bias-adjusted sample estimators G1 and G2 (Joanes &amp; Gill 1998,
 * type 2), which SPSS, SAS and Excel report.
 */
@Component(service = AnalysisEngine.class, property = AnalysisEngine.ENGINE_ID + "=" + DescriptiveEngine.ID)
public final class DescriptiveEngine implements AnalysisEngine {

    public static final String ID = "descriptive";
    static final String COLUMNS = "columns";
    static final String MISSING = "correlation-missing";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Descriptive statistics", "0.1.0",
            "Per-indicator N, missing, mean, SD, skewness, excess kurtosis, minimum and maximum, and the Pearson "
                    + "correlation matrix, from the numeric columns of the data set.",
            List.of(ParameterDescriptor.text(COLUMNS, "Columns",
                    "Comma-separated columns to describe; empty = the model's indicator columns, or every numeric column",
                    ""),
                    ParameterDescriptor.choice(MISSING, "Missing data in correlations",
                            "pairwise: each correlation uses the rows complete on both columns; listwise: rows "
                                    + "complete on all columns",
                            "pairwise", "pairwise", "listwise")));

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Applicability applicability(AnalysisInput input) {
        if (input.data().isEmpty()) {
            return Applicability.notApplicable("no data set: bind the model to a CSV file or pass --data");
        }
        if (input.data().get().rowCount() == 0) {
            return Applicability.notApplicable(input.data().get().describe() + " has no data rows");
        }
        return Applicability.ok();
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) throws AnalysisException {
        Dataset data = request.input().data().orElseThrow(() -> new AnalysisException("no data set"));
        AnalysisResult.Builder result = AnalysisResult.builder(DESCRIPTOR);
        ColumnSelection selection = ColumnSelection.choose(data, request.input(),
                request.parameters().text(COLUMNS), result);
        if (selection.columns().isEmpty()) {
            throw new AnalysisException("no numeric column to describe in " + data.describe());
        }
        monitor.begin("describing " + selection.columns().size() + " columns", 2);
        List<ColumnSummary> summaries = new ArrayList<>();
        for (SelectedColumn column : selection.columns()) {
            summaries.add(ColumnSummary.of(column, data.column(column.column())));
        }
        result.table(DescriptiveTables.summaries(summaries));
        monitor.worked(1);
        monitor.checkCancelled();
        boolean listwise = request.parameters().text(MISSING).equals("listwise");
        CorrelationMatrix correlations = CorrelationMatrix.of(data, selection.columns(), listwise);
        result.table(DescriptiveTables.correlations(correlations));
        monitor.worked(1);
        summaries.forEach(summary -> summary.overlayValues().forEach(result::value));
        return result.provenance("rows", data.rowCount())
                .provenance("data", data.describe())
                .provenance("correlation", "Pearson, " + (listwise ? "listwise" : "pairwise") + " deletion")
                .provenance("correlation.n", correlations.describeN())
                .provenance("skewness.kurtosis", "bias-adjusted G1, G2 (SPSS/Excel definition)")
                .provenance(request.parameters().asMap())
                .build();
    }
}
