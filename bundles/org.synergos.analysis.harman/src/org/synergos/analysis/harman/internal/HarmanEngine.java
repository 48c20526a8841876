package org.synergos.analysis.harman.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.osgi.service.component.annotations.Component;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.ColumnFormat;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ParameterDescriptor;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.data.DataColumn;
import org.synergos.data.Dataset;

/**
 * Harman's single-factor test for common-method bias (Podsakoff, MacKenzie, Lee &amp; Podsakoff 2003):
 * all survey items enter one unrotated principal-component analysis of their correlation matrix; bias is
 * suspected when the first component explains the majority (default 50%) of the total variance.
 * Rows with any missing item are left out (listwise), as SPSS's factor procedure does by default.
 */
@Component(service = AnalysisEngine.class, property = AnalysisEngine.ENGINE_ID + "=" + HarmanEngine.ID)
public final class HarmanEngine implements AnalysisEngine {

    public static final String ID = "harman";
    static final String COLUMNS = "columns";
    static final String THRESHOLD = "threshold";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Harman's single-factor test",
            "0.1.0",
            "Unrotated principal components of all items: share of variance of the first component and the "
                    + "components with eigenvalue above 1 (common-method-bias check).",
            List.of(ParameterDescriptor.text(COLUMNS, "Columns", "Comma-separated items; empty = every numeric column",
                    ""),
                    ParameterDescriptor.decimal(THRESHOLD, "Threshold",
                            "Share of variance of the first component above which bias is suspected", 0.5, 0, 1)));

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Applicability applicability(AnalysisInput input) {
        if (input.data().isEmpty()) {
            return Applicability.notApplicable("no data set: bind the model to a CSV file or pass --data");
        }
        return Applicability.ok();
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) throws AnalysisException {
        Dataset data = request.input().data().orElseThrow(() -> new AnalysisException("no data set"));
        List<String> items = items(data, request.parameters().text(COLUMNS));
        if (items.size() < 2) {
            throw new AnalysisException("Harman's test needs at least two numeric items in " + data.describe());
        }
        double[][] complete = completeRows(data, items);
        if (complete.length <= items.size()) {
            throw new AnalysisException("only " + complete.length + " complete rows for " + items.size()
                    + " items in " + data.describe() + ": too few for a principal-component analysis");
        }
        monitor.begin("principal components of " + items.size() + " items", 1);
        RealMatrix correlation = new PearsonsCorrelation(complete).getCorrelationMatrix();
        double[] eigenvalues = new EigenDecomposition(correlation).getRealEigenvalues().clone();
        java.util.Arrays.sort(eigenvalues);
        reverse(eigenvalues);
        monitor.worked(1);
        double threshold = request.parameters().decimal(THRESHOLD);
        double first = eigenvalues[0] / items.size();
        AnalysisResult.Builder result = AnalysisResult.builder(DESCRIPTOR).table(table(eigenvalues, items.size()));
        String verdict = String.format(java.util.Locale.ROOT,
                "The first unrotated component explains %.1f%% of the variance of %d items (%s the %.0f%% threshold)",
                first * 100, items.size(), first > threshold ? "above" : "below", threshold * 100);
        result.message(first > threshold ? Message.warning(verdict + ": common-method bias is likely.", "")
                : Message.info(verdict + "."));
        return result.provenance("n", complete.length).provenance("items", items.size())
                .provenance("method", "PCA of the Pearson correlation matrix, unrotated, listwise deletion")
                .provenance(request.parameters().asMap()).build();
    }

    private static ResultTable table(double[] eigenvalues, int items) {
        ResultTable.Builder table = ResultTable.builder("harman", "Harman's single-factor test")
                .column(ResultColumn.integer("component", "Component"))
                .column(ResultColumn.decimal("eigenvalue", "Eigenvalue", 3))
                .column(new ResultColumn("variance", "% of variance", "", ColumnFormat.PERCENT, 1))
                .column(new ResultColumn("cumulative", "Cumulative %", "", ColumnFormat.PERCENT, 1))
                .note("Components with eigenvalue > 1; unrotated principal components of all items.");
        double cumulative = 0;
        for (int i = 0; i < eigenvalues.length && (i == 0 || eigenvalues[i] > 1); i++) {
            cumulative += eigenvalues[i] / items;
            table.row(i + 1, eigenvalues[i], eigenvalues[i] / items, cumulative);
        }
        return table.build();
    }

    private static List<String> items(Dataset data, String named) throws AnalysisException {
        List<String> items = new ArrayList<>();
        if (named.isBlank()) {
            data.columns().stream().filter(DataColumn::isNumeric).forEach(c -> items.add(c.name()));
            return items;
        }
        for (String name : named.split(",")) {
            String item = name.trim();
            if (!data.hasColumn(item) || !data.column(item).isNumeric()) {
                throw new AnalysisException(data.describe() + " has no numeric column '" + item + "'");
            }
            items.add(item);
        }
        return items;
    }

    private static double[][] completeRows(Dataset data, List<String> items) {
        List<double[]> rows = new ArrayList<>();
        for (int row = 0; row < data.rowCount(); row++) {
            double[] values = new double[items.size()];
            boolean complete = true;
            for (int i = 0; i < items.size(); i++) {
                values[i] = data.column(items.get(i)).value(row);
                complete &= !Double.isNaN(values[i]);
            }
            if (complete) {
                rows.add(values);
            }
        }
        return rows.toArray(double[][]::new);
    }

    private static void reverse(double[] values) {
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            double swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
