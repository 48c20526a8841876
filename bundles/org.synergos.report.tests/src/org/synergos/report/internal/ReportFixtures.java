package org.synergos.report.internal;

import java.nio.file.Path;
import java.util.List;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.AnalysisResult.Status;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.Message;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.study.ConfiguredRun;
import org.synergos.analysis.study.Study;

/** Studies and runs for the report-format tests: hostile strings, formula-like cells, Chinese names. */
final class ReportFixtures {

    static final String HOSTILE = "<script>alert('x')</script> & \"NQPF\"";

    private ReportFixtures() {
    }

    /** Paper E's model (Chinese construct names) with a hostile suffix. */
    static Study plsStudy() {
        PlsFixture fixture = new PlsFixture(" " + HOSTILE);
        fixture.h1.setLabel("H1 " + HOSTILE);
        return new Study(fixture.model, Path.of("model.synergos"));
    }

    /** A PLS-SEM run, a descriptive run with formula-like cells, and a failed run. */
    static List<ConfiguredRun> runs() {
        EngineDescriptor engine = new EngineDescriptor("descriptive", "Descriptive", "0.1.0", "", List.of());
        ResultTable table = ResultTable.builder("descriptives", "Descriptive statistics " + HOSTILE)
                .column(ResultColumn.text("variable", "Variable")).column(ResultColumn.decimal("mean", "M", 3))
                .column(ResultColumn.pValue("p", "p")).column(ResultColumn.integer("n", "N"))
                .column(new ResultColumn("share", "Share", "", org.synergos.analysis.api.ColumnFormat.PERCENT, 1))
                .row("=HYPERLINK(\"http://x\")", 4.2715, 0.00001, 314, 0.3641)
                .row("+cmd", -0.5, 0.042, 300, 0.5).row("新质生产力 NQ1", null, 1.0, null, null)
                .row("@SUM(A1)", 1.0, 0.5, 1, 1.0)
                .note("N = 314; " + HOSTILE).build();
        AnalysisResult descriptive = AnalysisResult.builder(engine).table(table).provenance("n", 314).build();
        AnalysisResult failed = AnalysisResult.failure("cb-sem", "0.1.0", Status.FAILED,
                Message.error("did not converge " + HOSTILE, "construct.NQPF"));
        return List.of(new ConfiguredRun("PLS-SEM " + HOSTILE, "pls-sem", new PlsFixture().result()),
                new ConfiguredRun("Descriptives", "descriptive", descriptive),
                new ConfiguredRun("CB-SEM", "cb-sem", failed));
    }
}
