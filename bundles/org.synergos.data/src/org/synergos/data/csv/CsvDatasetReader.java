package org.synergos.data.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;

/**
 * Reads UTF-8 delimited text (header row first) into a {@link Dataset} with Apache Commons CSV.
 * Every structural problem (no header, blank or duplicate column names, a row with the wrong number of
 * cells, invalid UTF-8) is reported with file and line; cell contents are classified later, per column.
 */
public final class CsvDatasetReader {

    private final CsvOptions options;

    public CsvDatasetReader(CsvOptions options) {
        this.options = options;
    }

    public CsvDatasetReader() {
        this(CsvOptions.DEFAULT);
    }

    /** Reads the whole file. */
    public Dataset read(Path file) throws DataFormatException {
        try (BufferedReader reader = open(file); CSVParser parser = format().parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = header(file, records);
            Dataset.Builder builder = Dataset.builder(file.getFileName().toString()).source(file).columns(header);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = parser.getCurrentLineNumber();
                if (isBlank(record)) {
                    continue;
                }
                if (record.size() != header.size()) {
                    throw new DataFormatException(file, line, null, "row has " + record.size()
                            + " cells but the header names " + header.size() + " columns");
                }
                builder.row(line, cells(record));
            }
            return builder.build();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new DataFormatException(file, "not a well-formed CSV file: " + rootMessage(e), e);
        } catch (IOException e) {
            throw ioFailure(file, e);
        }
    }

    /** Reads only the column names (cheap: used by validation to check indicator bindings). */
    public List<String> readHeader(Path file) throws DataFormatException {
        try (BufferedReader reader = open(file); CSVParser parser = format().parse(reader)) {
            return header(file, parser.iterator());
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new DataFormatException(file, "not a well-formed CSV file: " + rootMessage(e), e);
        } catch (IOException e) {
            throw ioFailure(file, e);
        }
    }

    private CSVFormat format() {
        return CSVFormat.RFC4180.builder().setDelimiter(options.delimiter()).setIgnoreSurroundingSpaces(true)
                .build();
    }

    private static BufferedReader open(Path file) throws IOException, DataFormatException {
        java.util.Optional<String> binary = BinarySignature.of(file);
        if (binary.isPresent()) {
            throw new DataFormatException(file, binary.get() + ", not CSV text: export the data as CSV"
                    + " (UTF-8, comma-separated, header row first) and bind that file", null);
        }
        // Strict decoding: a file saved in a legacy encoding is reported, not silently garbled.
        Reader reader = new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        BufferedReader buffered = new BufferedReader(reader);
        buffered.mark(1);
        if (buffered.read() != '\uFEFF') { // byte-order mark written by Excel
            buffered.reset();
        }
        return buffered;
    }

    private List<String> header(Path file, Iterator<CSVRecord> records) throws DataFormatException {
        if (!records.hasNext()) {
            throw new DataFormatException(file, 1, null, "the file is empty: expected a header row");
        }
        CSVRecord first = records.next();
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < first.size(); i++) {
            String name = first.get(i).trim();
            if (name.isEmpty()) {
                throw new DataFormatException(file, 1, null, "column " + (i + 1) + " has no name");
            }
            if (!seen.add(name)) {
                throw new DataFormatException(file, 1, name, "column name appears twice");
            }
            names.add(name);
        }
        if (names.size() == 1 && options.delimiter() == ',') {
            for (char other : new char[] { ';', '\t', '|' }) {
                if (names.get(0).indexOf(other) >= 0) {
                    throw new DataFormatException(file, 1, null, "the header is one column '" + names.get(0)
                            + "': the file looks " + separatorName(other) + "-separated, not comma-separated (as"
                            + " spreadsheets write CSV in locales with a decimal comma); set the data source's"
                            + " delimiter to '" + (other == '\t' ? "\\t" : String.valueOf(other))
                            + "' or save the file with commas");
                }
            }
        }
        return names;
    }

    private static String separatorName(char separator) {
        return switch (separator) {
        case ';' -> "semicolon";
        case '\t' -> "tab";
        default -> "'" + separator + "'";
        };
    }

    private String[] cells(CSVRecord record) {
        String[] cells = new String[record.size()];
        for (int i = 0; i < cells.length; i++) {
            String cell = record.get(i).trim();
            cells[i] = cell.isEmpty() || options.missingCodes().contains(cell) ? null : cell;
        }
        return cells;
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    private static DataFormatException ioFailure(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new DataFormatException(file, "file not found", e);
        }
        if (e instanceof CharacterCodingException) {
            return new DataFormatException(file, "not valid UTF-8 text (save the file as UTF-8)", e);
        }
        return new DataFormatException(file, "cannot be read: " + e.getMessage(), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof CharacterCodingException) {
            return "not valid UTF-8 text (save the file as UTF-8)";
        }
        return root.getMessage();
    }
}
