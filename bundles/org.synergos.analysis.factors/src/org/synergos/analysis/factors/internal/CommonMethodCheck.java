package org.synergos.analysis.factors.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.synergos.analysis.api.AnalysisExecutor;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ColumnFormat;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;

/**
 * Harman's single-factor test of the construct items (Podsakoff et al. 2003), obtained from the
 * {@code harman} engine through the request's executor (never computed here), shown with the share a
 * paper reports ({@code first_factor_variance_percent}).
 */
final class CommonMethodCheck {

    static final String ENGINE = "harman";
    static final String TABLE = "common-method-bias";
    static final String REPORTED = "first_factor_variance_percent";

    private CommonMethodCheck() {
    }

    static Optional<ResultTable> run(AnalysisRequest request, List<String> columns, ReportedValues reported,
            List<Message> messages, AnalysisMonitor monitor) {
        AnalysisExecutor executor = request.executor();
        if (executor == null) {
            messages.add(Message.info("Harman's single-factor test not run: no analysis executor available."));
            return Optional.empty();
        }
        AnalysisResult harman = executor.run(ENGINE, request.input(), Map.of("columns", String.join(",", columns)),
                cancellationOnly(monitor));
        Optional<ResultTable> components = harman.isCompleted() ? harman.table(ENGINE) : Optional.empty();
        if (components.isEmpty() || components.get().rows().isEmpty()) {
            String why = harman.messages().stream().map(Message::text).findFirst().orElse(harman.status().name());
            messages.add(Message.warning("Harman's single-factor test unavailable (engine '" + ENGINE + "', "
                    + harman.status() + "): " + why, ""));
            return Optional.empty();
        }
        ResultTable table = components.get();
        List<Object> first = table.rows().get(0);
        double variance = number(first.get(table.columnIndex("variance")));
        double eigenvalue = number(first.get(table.columnIndex("eigenvalue")));
        double threshold = parse(harman.provenance().get("threshold"), 0.5);
        double paper = reported.unattached(REPORTED) / 100;
        String verdict = variance > threshold ? "above threshold: common-method bias likely"
                : "below threshold: no single dominant factor";
        return Optional.of(ResultTable.builder(TABLE, "Common-method bias: Harman's single-factor test")
                .column(ResultColumn.text("test", "Test")).column(ResultColumn.integer("items", "Items"))
                .column(ResultColumn.decimal("eigenvalue", "First eigenvalue", 3))
                .column(new ResultColumn("variance", "First factor % of variance", "", ColumnFormat.PERCENT, 1))
                .column(new ResultColumn("threshold", "Threshold", "", ColumnFormat.PERCENT, 0))
                .column(ResultColumn.text("verdict", "Verdict"))
                .column(new ResultColumn("reported", "Reported %", "", ColumnFormat.PERCENT, 1))
                .row("Harman's single-factor test", columns.size(), eigenvalue, variance, threshold, verdict, paper)
                .note("From the '" + ENGINE + "' engine (" + harman.engineVersion() + "): unrotated principal "
                        + "components of all construct items, listwise deletion.")
                .build());
    }

    private static double number(Object cell) {
        return cell instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static double parse(String text, double fallback) {
        try {
            return text == null ? fallback : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The called engine may poll our cancellation but does not take over our progress reporting. */
    private static AnalysisMonitor cancellationOnly(AnalysisMonitor monitor) {
        return new AnalysisMonitor() {
            @Override
            public void begin(String phase, long totalUnits) {
                // the called engine's phases are not ours
            }

            @Override
            public void worked(long units) {
                // idem
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
    }
}
