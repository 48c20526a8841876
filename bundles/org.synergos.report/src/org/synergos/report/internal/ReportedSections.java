package org.synergos.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.study.ConfiguredRun;
import org.synergos.model.Framework;

/**
 * The report's sections on the model's reported statistics: "reported vs recomputed"
 * ({@link RecomputedComparison}) and the consistency checks ({@link ConsistencyChecks}). A model without
 * reported statistics has neither (and its report is as before). Every format shows the two tables after the
 * analyses' tables, numbered on from them; the workbook, CSV and LaTeX files take them as the tables of a
 * run named {@link #NAME}.
 */
final class ReportedSections {

    static final String NAME = "Reported statistics";
    /** The base name of the CSV and LaTeX files: {@code tables/reported-statistics-<table>.csv}. */
    static final String ENGINE_ID = "report";

    private final List<RecomputedComparison.Row> comparison;
    private final List<ConsistencyCheck.CheckFinding> findings;
    private final List<ResultTable> tables;

    private ReportedSections(List<RecomputedComparison.Row> comparison, List<ConsistencyCheck.CheckFinding> findings) {
        this.comparison = comparison;
        this.findings = findings;
        this.tables = List.of(RecomputedComparison.table(comparison), ConsistencyChecks.table(findings));
    }

    /** The sections of {@code model}'s reported statistics against {@code runs}; empty without reported statistics. */
    static Optional<ReportedSections> of(Framework model, List<ConfiguredRun> runs) {
        Reported reported = new Reported(model);
        if (reported.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportedSections(RecomputedComparison.rows(reported, runs),
                ConsistencyChecks.findings(reported)));
    }

    List<RecomputedComparison.Row> comparison() {
        return comparison;
    }

    List<ConsistencyCheck.CheckFinding> findings() {
        return findings;
    }

    List<ResultTable> tables() {
        return tables;
    }

    /** The two tables as the tables of a run, for the formats that list runs' tables. */
    ConfiguredRun asRun() {
        AnalysisResult.Builder result = AnalysisResult
                .builder(new EngineDescriptor(ENGINE_ID, NAME, "", "", List.of()));
        tables.forEach(result::table);
        return new ConfiguredRun(NAME, ENGINE_ID, result.build());
    }

    /** {@code runs} followed by {@link #asRun()} when there are sections. */
    static List<ConfiguredRun> withTables(List<ConfiguredRun> runs, Optional<ReportedSections> sections) {
        if (sections.isEmpty()) {
            return runs;
        }
        List<ConfiguredRun> all = new ArrayList<>(runs);
        all.add(sections.get().asRun());
        return all;
    }

    /** One line for a command-line summary: "reported statistics: 2 of 30 recomputed values differ, …". */
    String summary() {
        long recomputed = comparison.stream().filter(r -> r.run().isPresent()).count();
        long differ = comparison.stream().filter(RecomputedComparison.Row::differs).count();
        long inconsistent = findings.stream().filter(f -> !f.consistent()).count();
        return "reported statistics: " + differ + " of " + recomputed + " recomputed values differ, "
                + (comparison.size() - recomputed) + " not recomputed; " + inconsistent + " of " + findings.size()
                + " consistency checks inconsistent";
    }
}
