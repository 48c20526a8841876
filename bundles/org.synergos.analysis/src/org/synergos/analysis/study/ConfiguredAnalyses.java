package org.synergos.analysis.study;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.synergos.analysis.api.AnalysisExecutor;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.AnalysisResult.Status;
import org.synergos.analysis.api.Message;
import org.synergos.data.Dataset;
import org.synergos.model.AnalysisConfiguration;
import org.synergos.model.DataSource;
import org.synergos.model.Parameter;

/**
 * Runs the analyses a model configures, each with its data source and parameters, so a model file
 * fully describes a reproducible run. A data set used by several analyses is read once.
 */
public final class ConfiguredAnalyses {

    private final AnalysisExecutor executor;
    private final Duration timeLimit;

    public ConfiguredAnalyses(AnalysisExecutor executor, Duration timeLimit) {
        this.executor = executor;
        this.timeLimit = timeLimit;
    }

    /** Runs every enabled configuration (or only those of one engine when {@code engineFilter} is given). */
    public List<ConfiguredRun> run(Study study, Optional<String> engineFilter, Map<String, String> overrides,
            Function<String, AnalysisMonitor> monitors) {
        List<ConfiguredRun> runs = new ArrayList<>();
        Map<DataSource, Object> datasets = new LinkedHashMap<>();
        for (AnalysisConfiguration analysis : study.enabledAnalyses()) {
            if (engineFilter.isPresent() && !engineFilter.get().equals(analysis.getEngineId())) {
                continue;
            }
            String name = analysis.getName() == null ? analysis.getEngineId() : analysis.getName();
            Map<String, String> parameters = parameters(analysis);
            parameters.putAll(overrides);
            runs.add(new ConfiguredRun(name, analysis.getEngineId(),
                    runOne(study, analysis.getEngineId(), analysis, parameters, datasets, monitors.apply(name))));
        }
        return runs;
    }

    /** Runs one engine on the study's first data source, for engines the model does not configure. */
    public ConfiguredRun runEngine(Study study, String engineId, Map<String, String> parameters,
            AnalysisMonitor monitor) {
        return new ConfiguredRun(engineId, engineId,
                runOne(study, engineId, null, new LinkedHashMap<>(parameters), new LinkedHashMap<>(), monitor));
    }

    /** {@code analysis} is null for an engine the model does not configure. */
    private AnalysisResult runOne(Study study, String engineId, AnalysisConfiguration analysis,
            Map<String, String> parameters, Map<DataSource, Object> datasets, AnalysisMonitor monitor) {
        Dataset data = null;
        Optional<DataSource> source = study.dataSourceOf(analysis);
        if (source.isPresent()) {
            Object read = datasets.computeIfAbsent(source.get(), s -> readOrError(study, s));
            if (read instanceof String error) {
                return AnalysisResult.failure(engineId, "", Status.FAILED, Message.error(error, ""));
            }
            data = (Dataset) read;
        }
        AnalysisInput input = AnalysisInput.of(study.framework(), data, study.modelFile());
        return executor.start(engineId, input, parameters, monitor, timeLimit).await();
    }

    private static Object readOrError(Study study, DataSource source) {
        try {
            return Studies.read(study, source);
        } catch (StudyException e) {
            return e.getMessage();
        }
    }

    private static Map<String, String> parameters(AnalysisConfiguration analysis) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Parameter parameter : analysis.getParameters()) {
            parameters.put(parameter.getKey(), parameter.getValue());
        }
        return parameters;
    }
}
