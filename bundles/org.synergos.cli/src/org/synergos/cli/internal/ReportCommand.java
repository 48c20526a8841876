package org.synergos.cli.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.synergos.analysis.api.Message;
import org.synergos.analysis.reproduce.RScript;
import org.synergos.analysis.study.ConfiguredAnalyses;
import org.synergos.analysis.study.ConfiguredRun;
import org.synergos.analysis.study.Studies;
import org.synergos.analysis.study.Study;
import org.synergos.analysis.study.StudyException;
import org.synergos.launcher.api.HeadlessApplication;
import org.synergos.report.ReportWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code synergos report}: runs the analyses a model configures and writes the report. A failing
 * analysis still yields a report that says what failed, and exit code 1.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = { "Run the analyses configured in a model and write a report folder:",
                "index.html, report.docx (Word), report.xlsx (one sheet per table), tables/*.csv and *.tex,",
                "diagrams/*.svg and *.pdf, results/*.json." })
final class ReportCommand implements Callable<Integer> {

    private final CommandContext context;

    @Parameters(paramLabel = "MODEL", description = "Model file (*.synergos) or a folder holding one.")
    Path model;

    @Option(names = { "-o", "--output" }, paramLabel = "DIR", required = true, description = "Report folder (created).")
    Path output;

    @Option(names = { "-e", "--engine" }, paramLabel = "ID", description = "Only the analyses of this engine.")
    String engine;

    @Option(names = { "-p", "--param" }, paramLabel = "KEY=VALUE",
            description = "Parameter overriding the model's, for every analysis; repeat for several.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "1800",
            description = "Cancel an analysis after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeLimitSeconds;

    ReportCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Study study;
        try {
            study = Studies.load(model);
        } catch (StudyException e) {
            context.err().println("synergos report: " + e.getMessage());
            return HeadlessApplication.FAILED;
        }
        ConsoleProgress progress = new ConsoleProgress(context.err(), context.terminal(), context.stopRequested());
        ConfiguredAnalyses analyses = new ConfiguredAnalyses(context.executor(), Duration.ofSeconds(timeLimitSeconds));
        List<ConfiguredRun> runs = analyses.run(study, Optional.ofNullable(engine), parameters, name -> {
            context.err().println("running " + name + " …");
            return progress;
        });
        if (runs.isEmpty() && engine != null) {
            // an engine the model does not configure runs with its defaults on the model's data, as in analyze
            context.err().println("running " + engine + " (not configured by the model: its defaults) …");
            runs = List.of(analyses.runEngine(study, engine, parameters, progress));
        }
        progress.finish();
        // the R script of the same analyses (same engine filter and -p values), which the methods name
        RScript reproduction = context.rScriptWriter().write(study, output, Optional.ofNullable(engine), parameters);
        List<Path> files = ReportWriter.write(study, runs, output, context.environment(), reproduction);
        boolean failed = false;
        for (ConfiguredRun run : runs) {
            if (!run.result().isSuccessful()) {
                failed = true;
                context.err().println("analysis '" + run.name() + "' (" + run.engineId() + ") "
                        + run.result().status().name().toLowerCase(java.util.Locale.ROOT) + ":");
                run.result().messages().stream().filter(m -> m.severity() == org.synergos.analysis.api.Severity.ERROR)
                        .map(Message::toString).forEach(m -> context.err().println("  " + m));
            }
        }
        if (runs.isEmpty()) {
            context.err().println("synergos report: " + model + " configures no enabled analysis");
        }
        context.out().println("Report written to " + output.resolve("index.html") + " (" + files.size() + " files)");
        return failed ? HeadlessApplication.FAILED : HeadlessApplication.OK;
    }
}
