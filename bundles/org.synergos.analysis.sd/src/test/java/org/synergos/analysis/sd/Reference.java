package org.synergos.analysis.sd;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.sdk.testkit.EngineHarness;

/** The deSolve reference outputs (src/test/resources/reference, see its README) and the test models. */
final class Reference {

    static final Path CASES = Path.of("src/test/resources/cases");
    static final Path REFERENCE = Path.of("src/test/resources/reference");

    private Reference() {
    }

    static List<Map<String, String>> read(String file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(REFERENCE.resolve(file))) {
            for (CSVRecord record : format.parse(in)) {
                rows.add(record.toMap());
            }
        }
        if (rows.isEmpty()) {
            throw new AssertionError(file + " holds no rows");
        }
        return rows;
    }

    static AnalysisResult run(String testCase, Map<String, String> parameters) throws Exception {
        return EngineHarness.onModel(new SystemDynamicsEngine(), CASES.resolve(testCase), parameters);
    }
}
