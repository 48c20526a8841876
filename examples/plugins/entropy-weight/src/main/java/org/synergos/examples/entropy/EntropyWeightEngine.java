package org.synergos.examples.entropy;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.data.DataColumn;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;

/**
 * Objective indicator weights by the entropy weight method: each column is min-max normalised, its
 * proportions p_ij give the entropy e_j = -(1 / ln n) sum_i p_ij ln p_ij, and the weights are the
 * divergences 1 - e_j scaled to sum to 1 (Zou, Yun &amp; Sun 2006, J. Environ. Sci. 18(5), 1020-1023).
 * Every indicator is taken as "larger is better"; rows with a missing value are left out.
 */
@Component(service = AnalysisEngine.class, property = AnalysisEngine.ENGINE_ID + "=" + EntropyWeightEngine.ID)
public final class EntropyWeightEngine implements AnalysisEngine {

    public static final String ID = "entropy-weight";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Entropy weights", "1.0.0",
            "Objective weights of indicator columns by the entropy weight method.",
            List.of(ParameterDescriptor.text("columns", "Columns",
                    "comma-separated indicator columns; empty = every numeric column", "")));

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Applicability applicability(AnalysisInput input) {
        return input.data().isPresent() ? Applicability.ok() : Applicability.notApplicable("needs a data set");
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) throws AnalysisException {
        Dataset data = request.input().data().orElseThrow();
        List<String> columns = columns(data, request.parameters().text("columns"));
        double[][] rows;
        try {
            rows = data.numericRows(columns);
        } catch (DataFormatException e) {
            throw new AnalysisException(e.getMessage());
        }
        double[][] complete = Arrays.stream(rows).filter(r -> Arrays.stream(r).noneMatch(Double::isNaN))
                .toArray(double[][]::new);
        if (complete.length < 2) {
            throw new AnalysisException("the entropy weight method needs at least 2 complete rows, "
                    + data.describe() + " has " + complete.length);
        }
        double[] divergence = new double[columns.size()];
        double[] entropy = new double[columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            entropy[j] = entropy(complete, j);
            divergence[j] = 1 - entropy[j];
            if (monitor.isCancelled()) {
                throw new java.util.concurrent.CancellationException();
            }
        }
        double total = Arrays.stream(divergence).sum();
        ResultTable.Builder table = ResultTable.builder("entropy-weights", "Entropy weights")
                .column(ResultColumn.text("indicator", "Indicator")).column(ResultColumn.decimal("entropy", "e", 4))
                .column(ResultColumn.decimal("divergence", "1 − e", 4)).column(ResultColumn.decimal("weight", "w", 4));
        for (int j = 0; j < columns.size(); j++) {
            table.row(columns.get(j), entropy[j], divergence[j], divergence[j] / total);
        }
        return AnalysisResult.builder(DESCRIPTOR).table(table.note("n = " + complete.length
                + " complete rows; min-max normalised, larger is better").build())
                .provenance("method", "entropy weight method (Zou, Yun & Sun 2006)")
                .provenance("n", complete.length).build();
    }

    /** e_j of column j; a constant column carries no information (e = 1). */
    static double entropy(double[][] rows, int j) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : rows) {
            min = Math.min(min, row[j]);
            max = Math.max(max, row[j]);
        }
        if (max == min) {
            return 1;
        }
        double sum = 0;
        for (double[] row : rows) {
            sum += (row[j] - min) / (max - min);
        }
        double e = 0;
        for (double[] row : rows) {
            double p = (row[j] - min) / (max - min) / sum;
            e -= p > 0 ? p * Math.log(p) : 0; // p ln p -> 0 as p -> 0
        }
        return e / Math.log(rows.length);
    }

    private static List<String> columns(Dataset data, String chosen) throws AnalysisException {
        List<String> columns = new ArrayList<>();
        if (chosen.isBlank()) {
            for (DataColumn column : data.columns()) {
                if (column.isNumeric()) {
                    columns.add(column.name());
                }
            }
        } else {
            for (String name : chosen.split(",")) {
                if (!data.hasColumn(name.trim())) {
                    throw new AnalysisException("column '" + name.trim() + "' is not in " + data.describe());
                }
                columns.add(name.trim());
            }
        }
        if (columns.isEmpty()) {
            throw new AnalysisException(data.describe() + " has no numeric column");
        }
        return columns;
    }
}
