package org.synergos.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV table written by R ({@code write.csv}): a header row and, usually, row names in the first
 * column (whose header is empty or quoted {@code ""}). Cells are kept as strings; {@link #number}
 * parses them, treating {@code NA} and empty cells as {@link Double#NaN}.
 */
public final class ReferenceTable {

    private final Path source;
    private final List<String> header;
    private final List<List<String>> rows;

    private ReferenceTable(Path source, List<String> header, List<List<String>> rows) {
        this.source = source;
        this.header = header;
        this.rows = rows;
    }

    static ReferenceTable read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().build().parse(reader)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new IllegalStateException(file + " is empty");
            }
            List<String> header = records.get(0).toList();
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                rows.add(record.toList());
            }
            return new ReferenceTable(file, Collections.unmodifiableList(header), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path source() {
        return source;
    }

    /** Column names as in the header row (the first may be empty for row names). */
    public List<String> header() {
        return header;
    }

    public int rowCount() {
        return rows.size();
    }

    /** Values of the first column (R's row names). */
    public List<String> rowNames() {
        List<String> names = new ArrayList<>();
        for (List<String> row : rows) {
            names.add(row.get(0));
        }
        return names;
    }

    public String cell(int row, String column) {
        return rows.get(row).get(columnIndex(column));
    }

    /** The cell in the row whose first column equals {@code rowName}. */
    public String cell(String rowName, String column) {
        return rows.get(rowIndex(rowName)).get(columnIndex(column));
    }

    public double number(int row, String column) {
        return parse(cell(row, column));
    }

    public double number(String rowName, String column) {
        return parse(cell(rowName, column));
    }

    public int columnIndex(String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(source + ": no column '" + column + "' in " + header);
        }
        return index;
    }

    public int rowIndex(String rowName) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get(0).equals(rowName)) {
                return i;
            }
        }
        throw new IllegalArgumentException(source + ": no row '" + rowName + "'");
    }

    private static double parse(String cell) {
        String value = cell.trim();
        if (value.isEmpty() || value.equals("NA")) {
            return Double.NaN;
        }
        return Double.parseDouble(value);
    }
}
