package org.synergos.data.csv;

import java.util.List;
import java.util.Set;

/**
 * How to read a delimited text file.
 *
 * @param delimiter field separator (',' by default; ';' and tab are common in European and Excel exports)
 * @param missingCodes cell contents that mean "missing" besides the empty cell, e.g. "NA", "-99"
 */
public record CsvOptions(char delimiter, Set<String> missingCodes) {

    /** Comma-separated, empty cells and "NA" missing: the format R's {@code write.csv} produces. */
    public static final CsvOptions DEFAULT = new CsvOptions(',', Set.of("NA"));

    public CsvOptions {
        missingCodes = Set.copyOf(missingCodes);
    }

    public CsvOptions withMissingCodes(List<String> codes) {
        return new CsvOptions(delimiter, Set.copyOf(codes));
    }

    public CsvOptions withDelimiter(char newDelimiter) {
        return new CsvOptions(newDelimiter, missingCodes);
    }
}
