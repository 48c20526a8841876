package org.synergos.model.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.synergos.model.DataFormat;
import org.synergos.model.DataSource;

/** Reads the header row of CSV data sources (UTF-8, optional BOM); XLSX is not read. */
public class CsvHeaderCatalog implements DataColumnCatalog {

    @Override
    public Optional<List<String>> columns(DataSource source, Path file) throws IOException {
        if (source.getFormat() != DataFormat.CSV) {
            return Optional.empty();
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(source)).build();
        try (Reader reader = withoutBom(Files.newBufferedReader(file, StandardCharsets.UTF_8));
                CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new IOException(file.getFileName() + " is empty (no header row)");
            }
            List<String> header = new ArrayList<>();
            for (String cell : records.next()) {
                header.add(cell.strip());
            }
            return Optional.of(header);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException(file.getFileName() + " is not valid CSV: " + e.getMessage(), e);
        }
    }

    /** The data source's delimiter; {@code \t} or {@code tab} mean a tab, empty means comma. */
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

    /** Skips a UTF-8 byte order mark, which spreadsheet programs like to write. */
    private static Reader withoutBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
