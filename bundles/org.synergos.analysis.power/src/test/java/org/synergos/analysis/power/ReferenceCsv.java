package org.synergos.analysis.power;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The CSV files R wrote into src/test/resources/r-reference: a header row, numbers, "NA" for none. */
public final class ReferenceCsv {

    public static final Path FOLDER = Path.of("src/test/resources/r-reference");

    private ReferenceCsv() {
    }

    /** Each row as column name -&gt; number (NaN for NA). */
    public static List<Map<String, Double>> read(String file) {
        return read(FOLDER.resolve(file));
    }

    /** As {@link #read(String)}, for a file anywhere. */
    public static List<Map<String, Double>> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] header = lines.get(0).split(",");
            List<Map<String, Double>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                Map<String, Double> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i].equals("NA") ? Double.NaN : Double.parseDouble(cells[i]));
                }
                rows.add(row);
            }
            if (rows.isEmpty()) {
                throw new IllegalStateException(file + " has no rows");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number as the engine's parameter text: whole numbers without ".0" for integer parameters. */
    public static String text(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
