package org.synergos.cli.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisJob;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.json.ResultJson;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.data.csv.CsvOptions;
import org.synergos.launcher.api.HeadlessApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code synergos analyze}: runs one engine and prints its tables and messages. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Run an analysis engine on a data set and print its tables.")
final class AnalyzeCommand implements Callable<Integer> {

    private final CommandContext context;

    @Option(names = "--data", paramLabel = "CSV", required = true, description = "Data set (UTF-8 CSV with a header row).")
    Path data;

    @Option(names = { "-e", "--engine" }, paramLabel = "ID", required = true,
            description = "Engine to run (see 'synergos engines').")
    String engine;

    @Option(names = { "-p", "--param" }, paramLabel = "KEY=VALUE",
            description = "Engine parameter; repeat for several (see 'synergos engines --verbose').")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--missing", paramLabel = "CODE", split = ",",
            description = "Cell contents meaning 'missing' besides an empty cell (default: NA).")
    List<String> missingCodes = List.of("NA");

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the full result as JSON.")
    Path json;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "1800",
            description = "Cancel the analysis after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeLimitSeconds;

    AnalyzeCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Dataset dataset;
        try {
            dataset = new CsvDatasetReader(CsvOptions.DEFAULT.withMissingCodes(missingCodes)).read(data);
        } catch (DataFormatException e) {
            context.err().println("synergos analyze: " + e.getMessage());
            return HeadlessApplication.FAILED;
        }
        ConsoleProgress progress = new ConsoleProgress(context.err(), context.stopRequested());
        AnalysisJob job = context.executor().start(engine, AnalysisInput.ofData(dataset), parameters, progress,
                Duration.ofSeconds(timeLimitSeconds));
        AnalysisResult result = job.await();
        progress.finish();
        new ResultPrinter(context.out(), context.err()).print(result);
        if (json != null) {
            Files.writeString(json, ResultJson.write(result), StandardCharsets.UTF_8);
        }
        return result.isSuccessful() ? HeadlessApplication.OK : HeadlessApplication.FAILED;
    }
}
