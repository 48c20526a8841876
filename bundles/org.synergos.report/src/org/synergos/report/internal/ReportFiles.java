package org.synergos.report.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.json.ResultJson;
import org.synergos.analysis.reproduce.RScript;
import org.synergos.analysis.study.ConfiguredRun;
import org.synergos.analysis.study.Study;
import org.synergos.data.io.AtomicFiles;

/**
 * Lays out the report folder and writes each file atomically (temp file, then rename): {@code index.html},
 * {@code report.docx}, {@code report.xlsx}, {@code results/<run>.json}, {@code tables/<run>-<table>.csv} and
 * {@code .tex}, {@code diagrams/*.svg} and {@code .pdf}; with reported statistics in the model also
 * {@code tables/reported-statistics-reported-vs-recomputed} and {@code -consistency-checks} ({@link ReportedSections}). Dates inside files are the given timestamp ({@link ReportTimestamp}).
 */
public final class ReportFiles {

    private final Study study;
    private final List<ConfiguredRun> runs;
    private final Path outputDir;
    private final Instant timestamp;
    private final Optional<RScript> reproduction;

    public ReportFiles(Study study, List<ConfiguredRun> runs, Path outputDir) {
        this(study, runs, outputDir, System.getenv());
    }

    /** Dates inside the files from {@code SOURCE_DATE_EPOCH} of {@code environment} (the caller's). */
    public ReportFiles(Study study, List<ConfiguredRun> runs, Path outputDir, java.util.Map<String, String> environment) {
        this(study, runs, outputDir, environment, Optional.empty());
    }

    /** With {@code reproduction}, the report also holds {@code reproduce.R} and its methods name it. */
    public ReportFiles(Study study, List<ConfiguredRun> runs, Path outputDir, java.util.Map<String, String> environment,
            Optional<RScript> reproduction) {
        this.study = study;
        this.runs = runs;
        this.outputDir = outputDir;
        this.timestamp = ReportTimestamp.of(environment);
        this.reproduction = reproduction;
    }

    public List<Path> write() throws IOException {
        List<Path> written = new ArrayList<>();
        Files.createDirectories(outputDir);
        for (ConfiguredRun run : runs) {
            String base = FileNames.slug(run.name());
            written.add(write(Path.of("results", base + ".json"), ResultJson.write(run.result())));
            for (ResultTable table : run.result().tables()) {
                String name = base + "-" + FileNames.slug(table.id());
                written.add(write(Path.of("tables", name + ".csv"), CsvTables.render(table)));
                written.add(write(Path.of("tables", name + ".tex"), LatexTables.render(table, name)));
            }
        }
        Optional<ReportedSections> reported = ReportedSections.of(study.framework(), runs);
        if (reported.isPresent()) {
            String base = FileNames.slug(ReportedSections.NAME);
            for (ResultTable table : reported.get().tables()) {
                String name = base + "-" + FileNames.slug(table.id());
                written.add(write(Path.of("tables", name + ".csv"), CsvTables.render(table)));
                written.add(write(Path.of("tables", name + ".tex"), LatexTables.render(table, name)));
            }
        }
        List<ConfiguredRun> tableRuns = ReportedSections.withTables(runs, reported);
        if (reproduction.isPresent()) {
            written.add(write(Path.of(ReproductionNote.FILE), reproduction.get().text()));
        }
        ReportDiagrams diagrams = ReportDiagrams.of(study, runs);
        // PDFs and the workbook need no model access: a second thread writes them while this one writes the
        // rest (Apache POI and PDFBox load thousands of classes); the bytes do not depend on the scheduling
        ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "synergos-report-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Map<Path, byte[]>> pdfs = worker.submit(() -> traced("PDF diagrams", () -> diagrams.pdfFiles(timestamp)));
            Future<byte[]> workbook = worker.submit(() -> traced("report.xlsx",
                    () -> withBundleClassLoader(() -> XlsxTables.render(NumberedTable.of(tableRuns), timestamp))));
            for (Map.Entry<Path, byte[]> file : diagrams.svgFiles().entrySet()) {
                written.add(write(file.getKey(), file.getValue()));
            }
            written.add(write(Path.of("index.html"), new HtmlReport(study, runs, diagrams, reproduction, reported).render()));
            written.add(write(Path.of("report.docx"), traced("report.docx",
                    () -> withBundleClassLoader(() -> new DocxReport(study, runs, diagrams, reproduction, reported).render(timestamp)))));
            for (Map.Entry<Path, byte[]> file : result(pdfs).entrySet()) {
                written.add(write(file.getKey(), file.getValue()));
            }
            written.add(write(Path.of("report.xlsx"), result(workbook)));
        } finally {
            worker.shutdownNow();
        }
        written.sort(null);
        return written;
    }

    /** With {@code -Dsynergos.trace.report=true}, prints how long each format took to standard error. */
    private static <T> T traced(String what, Supplier<T> writer) {
        if (!Boolean.getBoolean("synergos.trace.report")) {
            return writer.get();
        }
        long start = System.nanoTime();
        T result = writer.get();
        System.err.printf("report: %s in %d ms (%s)%n", what, (System.nanoTime() - start) / 1_000_000,
                Thread.currentThread().getName());
        return result;
    }

    private static <T> T result(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the report");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private Path write(Path relative, String content) throws IOException {
        Path target = outputDir.resolve(relative);
        AtomicFiles.writeString(target, content);
        return target;
    }

    private Path write(Path relative, byte[] content) throws IOException {
        Path target = outputDir.resolve(relative);
        AtomicFiles.writeBytes(target, content);
        return target;
    }

    /**
     * Runs POI with this bundle's class loader as the thread's context class loader: XMLBeans looks up the
     * OOXML schema types through it, and in OSGi the caller's context loader may not see the embedded jars.
     */
    private static <T> T withBundleClassLoader(Supplier<T> writer) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ReportFiles.class.getClassLoader());
        try {
            return writer.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
