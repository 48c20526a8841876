package org.synergos.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.ResultColumn;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.study.ConfiguredRun;

/** The reported-vs-recomputed rows: vocabulary look-ups, the rounding rule, statistics nothing recomputes. */
class RecomputedComparisonTest {

    /** PlsFixture's run with a reliability and a Fornell–Larcker table as PlsTables lays them out. */
    private static ConfiguredRun run(PlsFixture fixture) {
        AnalysisResult base = fixture.result();
        ResultTable reliability = ResultTable.builder("reliability", "Reliability")
                .column(ResultColumn.text("construct", "Construct")).column(ResultColumn.decimal("alpha", "α", 3))
                .column(ResultColumn.decimal("rhoA", "ρA", 3)).column(ResultColumn.decimal("rhoC", "ρC", 3))
                .column(ResultColumn.decimal("ave", "AVE", 3)).row("NQPF", 0.9418, 0.95, 0.951, 0.684).build();
        ResultTable fornell = ResultTable.builder("fornell-larcker", "Fornell–Larcker")
                .column(ResultColumn.text("construct", "")).column(ResultColumn.decimal("NQPF", "NQPF", 3))
                .column(ResultColumn.decimal("DT", "DT", 3)).row("NQPF", 0.827, Double.NaN)
                .row("DT", 0.4509, 0.84).build();
        List<ResultTable> tables = new java.util.ArrayList<>(base.tables());
        tables.add(reliability);
        tables.add(fornell);
        AnalysisResult result = new AnalysisResult(base.engineId(), base.engineVersion(), base.status(), tables,
                base.elementValues(), base.messages(), base.provenance());
        return new ConfiguredRun("PLS-SEM", "pls-sem", result);
    }

    @Test
    void everyReportedStatisticGetsARowRecomputedOrSaidWhyNot() {
        PlsFixture fixture = new PlsFixture();
        // recomputed H2 β = 0.45093: 0.451 agrees (within 0.0005), 0.437 differs
        ReportedFixtures.add(fixture.model, fixture.h2, "H2", "beta", 0.451, "T4, row H2");
        ReportedFixtures.add(fixture.model, fixture.h1, "H1", "beta", 0.317, "T4, row H1");
        ReportedFixtures.add(fixture.model, fixture.dt, "DT", "r2", 0.203, "T4, row DT");
        ReportedFixtures.add(fixture.model, fixture.dt, "DT", "q2", 0.13, "T4, row DT");
        ReportedFixtures.add(fixture.model, fixture.nqpf, "NQPF", "cronbach_alpha", 0.942, "T2, row NQPF");
        ReportedFixtures.add(fixture.model, fixture.nqpf, "NQPF-DT", "correlation_with_DT", 0.651, "T3");
        ReportedFixtures.add(fixture.model, fixture.model.getMediations().get(0), "H4", "indirect_effect", 0.281, "T5");
        ReportedFixtures.add(fixture.model, null, "sample", "n", 314, "method");
        ReportedFixtures.add(fixture.model, fixture.dt, "DT", "mean", 4.527, "T1");
        ReportedFixtures.add(fixture.model, null, "outer loadings", "minimum", 0.743, "T2");
        List<RecomputedComparison.Row> rows = RecomputedComparison.rows(new Reported(fixture.model),
                List.of(run(fixture)));
        assertEquals(10, rows.size(), rows.toString());
        assertEquals(List.of("agrees", "differs", "agrees", "agrees", "agrees", "differs", "agrees", "agrees"),
                rows.subList(0, 8).stream().map(RecomputedComparison.Row::status).toList());
        assertEquals("element value beta", rows.get(0).location());
        assertEquals(0.45092721843372924 - 0.451, rows.get(0).difference(), 1e-15);
        assertEquals("table reliability, column alpha", rows.get(4).location());
        // the correlation is read from the lower triangle whichever construct carries it
        assertEquals(0.4509, rows.get(5).recomputed(), 0);
        assertEquals("provenance n", rows.get(7).location());
        assertTrue(rows.get(8).status().startsWith("not recomputed: no completed analysis gives table descriptives, "
                + "column mean for DT"), rows.get(8).status());
        assertEquals("not recomputed: no engine result holds 'minimum'", rows.get(9).status());
    }

    @Test
    void failedRunsRecomputeNothing() {
        PlsFixture fixture = new PlsFixture();
        ReportedFixtures.add(fixture.model, fixture.h2, "H2", "beta", 0.451, "T4");
        List<ConfiguredRun> runs = ReportFixtures.runs();
        List<RecomputedComparison.Row> rows = RecomputedComparison.rows(new Reported(fixture.model),
                List.of(runs.get(2)));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).status().startsWith("not recomputed"), rows.get(0).status());
    }

    @Test
    void theVocabularyDeclaresWhereEachNameLives() {
        assertEquals("element value beta", ReportedVocabulary.locations("beta").get(0).describe());
        assertEquals("element value indirect", ReportedVocabulary.locations("indirect_effect").get(0).describe());
        assertEquals("table r2, column q2", ReportedVocabulary.locations("Q2").get(0).describe());
        assertEquals("table reliability, column rhoC",
                ReportedVocabulary.locations("composite_reliability").get(0).describe());
        assertEquals("table fit, row SRMR (composite model), column value",
                ReportedVocabulary.locations("srmr").get(0).describe());
        assertEquals("table fornell-larcker", ReportedVocabulary.locations("correlation_with_CIP").get(0).describe());
        assertEquals("CIP", ReportedVocabulary.correlatedCode("correlation_with_CIP").orElseThrow());
        assertTrue(ReportedVocabulary.locations("upper_bound").isEmpty());
    }

    @Test
    void printedDecimalsComeFromTheShortestStoredForm() {
        assertEquals(3, Printed.decimals(0.437));
        assertEquals(2, Printed.decimals(0.65));
        assertEquals(0, Printed.decimals(314));
        assertEquals(0.0005, Printed.halfUnit(0.437), 1e-18);
        assertEquals("314", Printed.text(314));
    }
}
