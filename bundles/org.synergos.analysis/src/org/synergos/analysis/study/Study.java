package org.synergos.analysis.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.synergos.model.AnalysisConfiguration;
import org.synergos.model.DataSource;
import org.synergos.model.Framework;

/**
 * A model file loaded for analysis: the framework, where it lives (relative data paths resolve
 * against it) and the analyses it configures.
 */
public record Study(Framework framework, Path modelFile) {

    /** Enabled analysis configurations, in model order. */
    public List<AnalysisConfiguration> enabledAnalyses() {
        return framework.getAnalyses().stream().filter(AnalysisConfiguration::isEnabled).toList();
    }

    /** The data source an analysis uses: its own, else the model's first. */
    public Optional<DataSource> dataSourceOf(AnalysisConfiguration analysis) {
        if (analysis != null && analysis.getDataSource() != null) {
            return Optional.of(analysis.getDataSource());
        }
        return framework.getDataSources().stream().findFirst();
    }

    public String name() {
        String name = framework.getName();
        return name == null || name.isBlank() ? modelFile.getFileName().toString() : name;
    }
}
