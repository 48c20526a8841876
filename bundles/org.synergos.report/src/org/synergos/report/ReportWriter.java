package org.synergos.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.synergos.analysis.reproduce.RScript;
import org.synergos.analysis.study.ConfiguredRun;
import org.synergos.analysis.study.Study;
import org.synergos.report.internal.ReportFiles;

/**
 * Writes the report of a study's analyses into a folder: {@code index.html} (self-contained, every model
 * string escaped, with methods and results paragraphs and inline path diagrams), {@code report.docx} (the
 * same content as a Word document with APA tables and the diagrams as pictures), {@code report.xlsx} (one
 * sheet per table, numbers as numbers, formula-like text neutralised), {@code tables/*.csv} (formula-like
 * cells neutralised), {@code tables/*.tex} (booktabs tables for xelatex/lualatex), {@code diagrams/*.svg} and
 * {@code *.pdf} (path diagrams of the model and of each structural-model analysis; the PDFs embed a CJK
 * font subset) and {@code results/*.json}. A model that stores a paper's reported statistics also gets a
 * "Reported statistics" section in every format: reported vs recomputed values, and consistency checks of the
 * reported values against each other. The same model, data and seed give byte-identical files; dates
 * inside DOCX, XLSX and PDF files are {@code SOURCE_DATE_EPOCH} when set, else 2000-01-01.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** Writes the report and returns the files written, sorted; dates from this process's environment. */
    public static List<Path> write(Study study, List<ConfiguredRun> runs, Path outputDir) throws IOException {
        return write(study, runs, outputDir, System.getenv());
    }

    /**
     * Writes the report with dates from {@code SOURCE_DATE_EPOCH} of the given environment (the caller's, when
     * a resident runtime writes it) and returns the files written, sorted.
     */
    public static List<Path> write(Study study, List<ConfiguredRun> runs, Path outputDir,
            java.util.Map<String, String> environment) throws IOException {
        return new ReportFiles(study, runs, outputDir, environment).write();
    }

    /**
     * As {@link #write(Study, List, Path, java.util.Map)}, and the report also holds {@code reproduce.R}, the R
     * script reproducing its analyses, which each analysis's methods paragraph names (or says why it is not in it).
     */
    public static List<Path> write(Study study, List<ConfiguredRun> runs, Path outputDir,
            java.util.Map<String, String> environment, RScript reproduction) throws IOException {
        return new ReportFiles(study, runs, outputDir, environment, java.util.Optional.of(reproduction)).write();
    }
}
