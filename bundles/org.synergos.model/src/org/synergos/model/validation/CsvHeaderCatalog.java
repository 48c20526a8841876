package org.synergos.model.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.synergos.data.DataFormatException;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.model.DataFormat;
import org.synergos.model.DataSource;
import org.synergos.model.io.DataSourceCsv;

/** Reads the header row of CSV data sources with the data bundle's reader; XLSX is not read. */
public class CsvHeaderCatalog implements DataColumnCatalog {

    @Override
    public Optional<List<String>> columns(DataSource source, Path file) throws IOException {
        if (source.getFormat() != DataFormat.CSV) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CsvDatasetReader(DataSourceCsv.options(source)).readHeader(file));
        } catch (DataFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
