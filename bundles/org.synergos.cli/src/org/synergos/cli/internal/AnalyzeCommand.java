package org.synergos.cli.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.json.ResultJson;
import org.synergos.analysis.study.ConfiguredAnalyses;
import org.synergos.analysis.study.ConfiguredRun;
import org.synergos.analysis.study.DataSources;
import org.synergos.analysis.study.Studies;
import org.synergos.analysis.study.Study;
import org.synergos.analysis.study.StudyException;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.data.files.DataFileFormat;
import org.synergos.data.files.DataFiles;
import org.synergos.data.xlsx.XlsxOptions;
import org.synergos.launcher.api.HeadlessApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code synergos analyze}: runs the analyses a model configures (or one engine) and prints their
 * tables; with {@code --data} it analyses a bare CSV file, a sheet of an XLSX workbook, an SPSS .sav or a
 * Stata .dta file.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = { "Run the analyses configured in a model (or one engine) and print their tables.",
                "Without a model, --data and --engine analyse a bare CSV file, a sheet of an XLSX workbook,",
                "an SPSS system file (.sav, .zsav) or a Stata data file (.dta)." })
final class AnalyzeCommand implements Callable<Integer> {

    private final CommandContext context;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "MODEL", description = "Model file (*.synergos) or a folder holding one.")
    Path model;

    @Option(names = "--data", paramLabel = "FILE",
            description = "Data set instead of a model: UTF-8 CSV with a header row, an XLSX workbook, an SPSS .sav/.zsav or a"
                    + " Stata .dta file (told by its content and extension).")
    Path data;

    @Option(names = "--sheet", paramLabel = "SHEET[!RANGE]",
            description = "With --data on a workbook: the sheet (default: the first) and optionally a range, e.g. 'Survey!A3:F200',"
                    + " 'Survey!B2:E' (to the last row) or '!A:F' (first sheet); the range's first row is the header row.")
    String sheet;

    @Option(names = "--header-row", paramLabel = "N",
            description = "With --data on a workbook: the row holding the column names (default: the range's first row,"
                    + " or the sheet's first row that is not empty).")
    Integer headerRow;

    @Option(names = { "-e", "--engine" }, paramLabel = "ID",
            description = "Engine to run (see 'synergos engines'); default: every analysis the model configures.")
    String engine;

    @Option(names = { "-p", "--param" }, paramLabel = "KEY=VALUE",
            description = "Engine parameter, overriding the model's; repeat for several.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--missing", paramLabel = "CODE", split = ",",
            description = "With --data: cell contents meaning 'missing' besides an empty cell (default: NA).")
    List<String> missingCodes = List.of("NA");

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
    Path json;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "1800",
            description = "Cancel an analysis after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeLimitSeconds;

    AnalyzeCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if ((model == null) == (data == null)) {
            throw new ParameterException(spec.commandLine(), "give either a MODEL or --data FILE");
        }
        if (model != null && (sheet != null || headerRow != null)) {
            throw new ParameterException(spec.commandLine(), "--sheet and --header-row apply to --data; a model's data"
                    + " source names its sheet and range in its 'sheet' attribute (e.g. sheet=\"Survey!A3:F200\")");
        }
        List<ConfiguredRun> runs = model != null ? runModel() : runData();
        if (runs == null) {
            return HeadlessApplication.FAILED;
        }
        ResultPrinter printer = new ResultPrinter(context.out(), context.err());
        boolean allSuccessful = true;
        for (ConfiguredRun run : runs) {
            context.out().println("== " + run.name() + " (" + run.engineId() + ")");
            printer.print(run.result());
            allSuccessful &= run.result().isSuccessful();
        }
        if (json != null) {
            writeJson(runs);
        }
        return allSuccessful ? HeadlessApplication.OK : HeadlessApplication.FAILED;
    }

    private List<ConfiguredRun> runModel() {
        Study study;
        try {
            study = Studies.load(model);
        } catch (StudyException e) {
            context.err().println("synergos analyze: " + e.getMessage());
            return null;
        }
        ConfiguredAnalyses analyses = new ConfiguredAnalyses(context.executor(), Duration.ofSeconds(timeLimitSeconds));
        ConsoleProgress progress = new ConsoleProgress(context.err(), context.terminal(), context.stopRequested());
        List<ConfiguredRun> runs = analyses.run(study, Optional.ofNullable(engine), parameters, name -> progress);
        if (runs.isEmpty() && engine != null) {
            runs = List.of(analyses.runEngine(study, engine, parameters, progress));
        } else if (runs.isEmpty()) {
            context.err().println("synergos analyze: " + model + " configures no enabled analysis; name one with --engine");
            return null;
        }
        progress.finish();
        return runs;
    }

    private List<ConfiguredRun> runData() {
        if (engine == null) {
            throw new ParameterException(spec.commandLine(), "--data needs --engine");
        }
        XlsxOptions workbook = workbookOptions();
        Dataset dataset;
        try {
            DataFileFormat format = DataFiles.formatOf(data);
            if ((sheet != null || headerRow != null) && format != DataFileFormat.XLSX) {
                throw new ParameterException(spec.commandLine(), "--sheet and --header-row apply to XLSX workbooks; "
                        + data + " is " + DataSources.describe(format));
            }
            dataset = DataFiles.read(data, missingCodes, workbook);
        } catch (DataFormatException e) {
            context.err().println("synergos analyze: " + e.getMessage());
            return null;
        }
        ConsoleProgress progress = new ConsoleProgress(context.err(), context.terminal(), context.stopRequested());
        AnalysisResult result = context.executor().start(engine, AnalysisInput.ofData(dataset), parameters, progress,
                Duration.ofSeconds(timeLimitSeconds)).await();
        progress.finish();
        return List.of(new ConfiguredRun(engine, engine, result));
    }

    private XlsxOptions workbookOptions() {
        try {
            XlsxOptions options = XlsxOptions.parse(sheet);
            return headerRow != null ? options.withHeaderRow(headerRow) : options;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), (headerRow != null && e.getMessage().contains("header row")
                    ? "--header-row " : "--sheet ") + e.getMessage());
        }
    }

    private void writeJson(List<ConfiguredRun> runs) throws java.io.IOException {
        List<String> parts = new ArrayList<>();
        for (ConfiguredRun run : runs) {
            parts.add(ResultJson.write(run.result()));
        }
        Files.writeString(json, runs.size() == 1 ? parts.get(0) : "[" + String.join(",\n", parts) + "]",
                StandardCharsets.UTF_8);
    }
}
