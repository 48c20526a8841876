package org.synergos.model.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.synergos.model.DataSource;

/**
 * Tells the validator which columns a data file has, so indicators can be checked against real data.
 * Pass an implementation in the validation context under the key {@code DataColumnCatalog.class};
 * {@link CsvHeaderCatalog} is the default.
 */
public interface DataColumnCatalog {

    /**
     * Column names of {@code file} (already resolved and known to exist), or empty when this catalog
     * cannot read the source's format (the validator then reports the data as not checked).
     *
     * @throws IOException when the file cannot be read or parsed
     */
    Optional<List<String>> columns(DataSource source, Path file) throws IOException;
}
