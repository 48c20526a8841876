package org.synergos.sdk.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.json.ResultJson;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.model.DataSource;
import org.synergos.model.Framework;
import org.synergos.model.io.DataPaths;
import org.synergos.model.io.DataSourceCsv;
import org.synergos.model.io.ModelLoadException;
import org.synergos.model.io.ModelStore;

/**
 * Runs an engine the way the Synergos runtime does (parameters resolved against its descriptor with their
 * defaults, applicability checked first, the result round-tripped through its JSON form), but in a plain
 * JUnit test: no OSGi, no distribution.
 *
 * <pre>{@code
 * AnalysisResult result = EngineHarness.onCsv(new MyEngine(), Path.of("src/test/resources/survey.csv"),
 *         Map.of("columns", "q1,q2"));
 * }</pre>
 */
public final class EngineHarness {

    private EngineHarness() {
    }

    /** The engine on a CSV file (comma-separated, header row; "NA" and empty cells missing). */
    public static AnalysisResult onCsv(AnalysisEngine engine, Path csv, Map<String, String> parameters)
            throws AnalysisException, DataFormatException {
        return run(engine, AnalysisInput.ofData(new CsvDatasetReader().read(csv)), parameters);
    }

    /** The engine on a model file (or a folder holding one) and its first data source. */
    public static AnalysisResult onModel(AnalysisEngine engine, Path model, Map<String, String> parameters)
            throws AnalysisException, ModelLoadException, DataFormatException {
        Path file = Files.isDirectory(model) ? model.resolve("model.synergos") : model;
        Framework framework = ModelStore.load(file);
        Dataset data = null;
        if (!framework.getDataSources().isEmpty()) {
            DataSource source = framework.getDataSources().get(0);
            try {
                data = new CsvDatasetReader(DataSourceCsv.options(source)).read(DataPaths.resolve(file, source.getPath()));
            } catch (org.synergos.model.io.WorkspacePathException e) {
                throw new DataFormatException(file, "data source '" + source.getName() + "': " + e.getMessage(), e);
            }
        }
        return run(engine, AnalysisInput.of(framework, data, file.toAbsolutePath()), parameters);
    }

    /** The engine on any input; fails with the engine's reasons when it is not applicable. */
    public static AnalysisResult run(AnalysisEngine engine, AnalysisInput input, Map<String, String> parameters)
            throws AnalysisException {
        Parameters resolved = Parameters.resolve(engine.descriptor(), parameters);
        Applicability applicability = engine.applicability(input);
        if (!applicability.applicable()) {
            throw new IllegalStateException("engine '" + engine.descriptor().id() + "' is not applicable: "
                    + String.join("; ", applicability.reasons()));
        }
        AnalysisResult result = engine.run(new AnalysisRequest(input, resolved, null), AnalysisMonitor.silent());
        // what the runtime and the workbench receive: the result must survive its JSON form
        try {
            return ResultJson.read(ResultJson.write(result));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the engine's result does not survive its JSON form: " + e.getMessage(), e);
        }
    }

}
