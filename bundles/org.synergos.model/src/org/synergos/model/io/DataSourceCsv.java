package org.synergos.model.io;

import java.util.List;

import org.synergos.data.csv.CsvOptions;
import org.synergos.model.DataSource;

/**
 * How a model's CSV data source is read: its delimiter ({@code \t} or {@code tab} mean a tab, empty
 * means comma) and its missing-value codes (default {@code NA}). One rule for validation and analyses.
 */
public final class DataSourceCsv {

    private DataSourceCsv() {
    }

    public static CsvOptions options(DataSource source) {
        CsvOptions options = CsvOptions.DEFAULT.withDelimiter(delimiter(source));
        if (!source.getMissingValueCodes().isEmpty()) {
            options = options.withMissingCodes(List.copyOf(source.getMissingValueCodes()));
        }
        return options;
    }

    static char delimiter(DataSource source) {
        String delimiter = source.getDelimiter();
        if (delimiter == null || delimiter.isEmpty()) {
            return ',';
        }
        if (delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab")) {
            return '\t';
        }
        return delimiter.charAt(0);
    }
}
