package org.synergos.analysis.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.synergos.data.DataFormatException;
import org.synergos.model.DataSource;
import org.synergos.model.validation.DataColumnCatalog;

/**
 * The column names of CSV and XLSX data sources for validation (the model bundle's default catalog reads
 * CSV only): indicators are checked against a workbook's header row too.
 */
public final class DataSourceColumns implements DataColumnCatalog {

    @Override
    public Optional<List<String>> columns(DataSource source, Path file) throws IOException {
        try {
            return Optional.of(DataSources.columns(source, file));
        } catch (DataFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
