package org.synergos.report.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.api.json.ResultJson;
import org.synergos.analysis.study.ConfiguredRun;
import org.synergos.analysis.study.Study;
import org.synergos.data.io.AtomicFiles;

/**
 * Lays out the report folder and writes each file atomically (temp file, then rename): {@code index.html},
 * {@code results/<run>.json}, {@code tables/<run>-<table>.csv} and {@code .tex}, {@code diagrams/*.svg}.
 */
public final class ReportFiles {

    private final Study study;
    private final List<ConfiguredRun> runs;
    private final Path outputDir;

    public ReportFiles(Study study, List<ConfiguredRun> runs, Path outputDir) {
        this.study = study;
        this.runs = runs;
        this.outputDir = outputDir;
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
        ReportDiagrams diagrams = ReportDiagrams.of(study, runs);
        for (Map.Entry<Path, String> file : diagrams.files().entrySet()) {
            written.add(write(file.getKey(), file.getValue()));
        }
        written.add(write(Path.of("index.html"), new HtmlReport(study, runs, diagrams).render()));
        written.sort(null);
        return written;
    }

    private Path write(Path relative, String content) throws IOException {
        Path target = outputDir.resolve(relative);
        AtomicFiles.writeString(target, content);
        return target;
    }
}
