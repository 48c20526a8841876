package org.synergos.analysis.dea;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.synergos.analysis.api.ResultTable;

/** The Benchmarking reference outputs (src/test/resources/reference, see its README) and table look-ups. */
final class Reference {

    static final Path DATA = Path.of("src/test/resources/data");
    static final Path REFERENCE = Path.of("src/test/resources/reference");

    private Reference() {
    }

    static List<Map<String, String>> read(String testCase, String file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(REFERENCE.resolve(testCase).resolve(file))) {
            for (CSVRecord record : format.parse(in)) {
                rows.add(record.toMap());
            }
        }
        return rows;
    }

    /** A number as R wrote it: NA → NaN, Inf and -Inf → infinities. */
    static double number(Map<String, String> row, String column) {
        String text = row.get(column).trim();
        return switch (text) {
            case "NA", "NaN" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    /** The row whose first cells are the keys. */
    static List<Object> row(ResultTable table, Object... keys) {
        for (List<Object> row : table.rows()) {
            boolean match = true;
            for (int i = 0; i < keys.length; i++) {
                match &= keys[i].equals(row.get(i));
            }
            if (match) {
                return row;
            }
        }
        throw new AssertionError("table " + table.id() + " has no row " + List.of(keys));
    }

    /** A numeric cell; NaN when empty. */
    static double number(ResultTable table, List<Object> row, String column) {
        Object cell = row.get(table.columnIndex(column));
        return cell instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    static boolean hasColumn(ResultTable table, String column) {
        return table.columns().stream().anyMatch(c -> c.id().equals(column));
    }
}
