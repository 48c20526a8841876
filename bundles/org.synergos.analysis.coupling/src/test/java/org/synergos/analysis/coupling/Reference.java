package org.synergos.analysis.coupling;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The base-R reference outputs of a test case (src/test/resources/reference/CASE, see its README). */
final class Reference {

    static final Path CASES = Path.of("src/test/resources/cases");
    static final Path REFERENCE = Path.of("src/test/resources/reference");

    private Reference() {
    }

    static List<Map<String, String>> read(String testCase, String file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(REFERENCE.resolve(testCase).resolve(file), StandardCharsets.UTF_8)) {
            for (CSVRecord record : format.parse(in)) {
                rows.add(record.toMap());
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException(testCase + "/" + file + " has no rows");
        }
        return rows;
    }

    static double number(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }
}
