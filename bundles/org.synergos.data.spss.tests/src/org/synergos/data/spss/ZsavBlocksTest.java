package org.synergos.data.spss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.testing.TestResources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A ZSAV file of two zlib blocks (200,000 cases written by haven, see regenerate-haven.R): every case is read
 * across the block boundary. Cells are compared exactly with haven's; column sums (Kahan-summed here, R sums
 * in extended precision) with a relative tolerance of 1e-12.
 */
class ZsavBlocksTest {

    @Test
    void everyCaseAcrossTheBlocks() throws IOException, DataFormatException {
        JsonNode expected = new ObjectMapper().readTree(TestResources.path("reference/blocks.zsav.json").toFile());
        Dataset data = new SavDatasetReader().read(TestResources.path("reference/blocks.zsav"));
        assertEquals(expected.get("rows").asInt(), data.rowCount());
        for (String column : new String[] { "a", "b", "c" }) {
            double sum = 0;
            double compensation = 0; // Kahan summation, so the test measures the cells, not rounding
            for (int row = 0; row < data.rowCount(); row++) {
                double y = data.column(column).value(row) - compensation;
                double t = sum + y;
                compensation = (t - sum) - y;
                sum = t;
            }
            double want = expected.get("sums").get(column).asDouble();
            assertEquals(want, sum, Math.abs(want) * 1e-12, column);
        }
        for (JsonNode cell : expected.get("cells")) {
            int row = cell.get("row").asInt() - 1;
            for (String column : new String[] { "a", "b", "c" }) {
                assertEquals(cell.get(column).asDouble(), data.column(column).value(row), 0.0, column + " case " + (row + 1));
            }
        }
    }
}
