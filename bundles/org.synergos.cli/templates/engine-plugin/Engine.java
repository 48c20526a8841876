package @PACKAGE@;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

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
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.data.DataColumn;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;

/**
 * @NAME@. As created, it reports the mean and standard deviation (n - 1) of the chosen numeric columns;
 * replace {@link #run} with your method and the test with checks against an established tool.
 */
@Component(service = AnalysisEngine.class, property = AnalysisEngine.ENGINE_ID + "=" + @CLASS@.ID)
public final class @CLASS@ implements AnalysisEngine {

    public static final String ID = "@ID@";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "@NAME@", "1.0.0",
            "Mean and standard deviation of numeric columns.",
            List.of(ParameterDescriptor.text("columns", "Columns",
                    "comma-separated numeric columns; empty = every numeric column", "")));

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
            rows = data.numericRows(columns); // missing cells are NaN
        } catch (DataFormatException e) {
            throw new AnalysisException(e.getMessage());
        }
        AnalysisResult.Builder result = AnalysisResult.builder(DESCRIPTOR);
        ResultTable.Builder table = ResultTable.builder("summary", "@NAME@")
                .column(ResultColumn.text("column", "Column")).column(ResultColumn.integer("n", "n"))
                .column(ResultColumn.decimal("mean", "M", 3)).column(ResultColumn.decimal("sd", "SD", 3));
        monitor.begin("summarising", columns.size());
        for (int j = 0; j < columns.size(); j++) {
            if (monitor.isCancelled()) {
                throw new CancellationException();
            }
            double sum = 0;
            double squares = 0;
            int n = 0;
            for (double[] row : rows) {
                if (!Double.isNaN(row[j])) {
                    sum += row[j];
                    squares += row[j] * row[j];
                    n++;
                }
            }
            double mean = sum / n;
            double sd = Math.sqrt((squares - n * mean * mean) / (n - 1));
            if (sd == 0) {
                result.message(Message.warning("column '" + columns.get(j) + "' is constant", null));
            }
            table.row(columns.get(j), n, mean, sd);
            monitor.worked(1);
        }
        return result.table(table.build()).provenance("rows", rows.length).build();
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
