package org.synergos.model.internal.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.synergos.model.ColumnMapping;
import org.synergos.model.DataSource;
import org.synergos.model.Framework;
import org.synergos.model.Indicator;
import org.synergos.model.helpers.ElementLabels;
import org.synergos.model.helpers.FrameworkQueries;
import org.synergos.model.io.DataPaths;
import org.synergos.model.io.WorkspacePathException;
import org.synergos.model.validation.ValidationRule;

/**
 * Data sources must point at existing files inside the model's folder, and every indicator must be
 * bound to a column that the data actually has.
 */
final class DataBindingRules {

    private DataBindingRules() {
    }

    static void check(Framework framework, Findings findings) {
        if (framework.getDataSources().isEmpty()) {
            return;
        }
        Optional<Path> modelFile = findings.modelFile(framework);
        if (modelFile.isEmpty()) {
            findings.report(ValidationRule.DATA_NOT_CHECKED, framework,
                    "data sources were not checked because the model is not stored in a file",
                    "save the model, then validate again");
            return;
        }
        Map<DataSource, List<String>> columns = new HashMap<>();
        for (DataSource source : framework.getDataSources()) {
            readColumns(source, modelFile.get(), findings).ifPresent(c -> columns.put(source, c));
        }
        for (DataSource source : framework.getDataSources()) {
            for (ColumnMapping mapping : source.getColumnMappings()) {
                List<String> known = columns.get(source);
                if (known != null && !known.contains(mapping.getColumn())) {
                    findings.report(ValidationRule.INDICATOR_COLUMN_MISSING, mapping,
                            "maps column '" + mapping.getColumn() + "' which is not in " + ElementLabels.of(source)
                                    + " (columns: " + String.join(", ", known) + ")",
                            "map one of the existing columns");
                }
            }
        }
        for (Indicator indicator : FrameworkQueries.allIndicators(framework)) {
            checkIndicator(framework, indicator, columns, findings);
        }
    }

    private static Optional<List<String>> readColumns(DataSource source, Path modelFile, Findings findings) {
        Path file;
        try {
            file = DataPaths.resolve(modelFile, source.getPath());
        } catch (WorkspacePathException e) {
            findings.report(ValidationRule.DATA_PATH_OUTSIDE_WORKSPACE, source, e.getMessage(),
                    "copy the data next to the model (or below its folder) and refer to it relatively");
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            findings.report(ValidationRule.DATA_FILE_MISSING, source,
                    "data file '" + source.getPath() + "' does not exist (looked for " + file + ")",
                    "correct the path (relative to the model file) or put the data file there");
            return Optional.empty();
        }
        try {
            Optional<List<String>> columns = findings.catalog().columns(source, file);
            if (columns.isEmpty()) {
                findings.report(ValidationRule.DATA_NOT_CHECKED, source,
                        "indicator columns were not checked against " + source.getFormat() + " data",
                        "check the column names by hand or export the data as CSV");
            }
            return columns;
        } catch (IOException e) {
            findings.report(ValidationRule.DATA_UNREADABLE, source,
                    "data file '" + source.getPath() + "' cannot be read: " + e.getMessage(),
                    "repair the file or point the data source at a readable copy");
            return Optional.empty();
        }
    }

    private static void checkIndicator(Framework framework, Indicator indicator,
            Map<DataSource, List<String>> columns, Findings findings) {
        DataSource source = sourceOf(framework, indicator);
        if (source == null) {
            findings.report(ValidationRule.INDICATOR_WITHOUT_DATA_SOURCE, indicator,
                    "the model has several data sources and none is chosen for this indicator",
                    "set the indicator's data source or add a column mapping for it");
            return;
        }
        List<String> known = columns.get(source);
        if (known == null) {
            return; // the data source itself was reported
        }
        String column = mappedColumn(source, indicator).orElse(FrameworkQueries.columnOf(indicator));
        if (column == null || !known.contains(column)) {
            findings.report(ValidationRule.INDICATOR_COLUMN_MISSING, indicator,
                    "column '" + column + "' is not in " + ElementLabels.of(source) + " ('" + source.getPath()
                            + "' has columns: " + String.join(", ", known) + ")",
                    "set the indicator's column to one of these columns, or add the column to the data");
        }
    }

    /** The explicit data source, else the one mapping the indicator, else the only one. */
    private static DataSource sourceOf(Framework framework, Indicator indicator) {
        if (indicator.getDataSource() != null) {
            return indicator.getDataSource();
        }
        for (DataSource source : framework.getDataSources()) {
            if (mappedColumn(source, indicator).isPresent()) {
                return source;
            }
        }
        return framework.getDataSources().size() == 1 ? framework.getDataSources().get(0) : null;
    }

    private static Optional<String> mappedColumn(DataSource source, Indicator indicator) {
        return source.getColumnMappings().stream()
                .filter(m -> m.getIndicator() == indicator)
                .map(ColumnMapping::getColumn)
                .findFirst();
    }
}
