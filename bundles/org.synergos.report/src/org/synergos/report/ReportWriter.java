package org.synergos.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.synergos.analysis.study.ConfiguredRun;
import org.synergos.analysis.study.Study;
import org.synergos.report.internal.ReportFiles;

/**
 * Writes the report of a study's analyses into a folder: {@code index.html} (self-contained, every model
 * string escaped, with methods and results paragraphs and inline path diagrams), {@code tables/*.csv}
 * (formula-like cells neutralised), {@code tables/*.tex} (booktabs tables for xelatex/lualatex),
 * {@code diagrams/*.svg} (path diagrams of the model and of each structural-model analysis) and
 * {@code results/*.json}. The same model, data and seed give byte-identical files.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** Writes the report and returns the files written, sorted. */
    public static List<Path> write(Study study, List<ConfiguredRun> runs, Path outputDir) throws IOException {
        return new ReportFiles(study, runs, outputDir).write();
    }
}
