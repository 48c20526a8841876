package org.synergos.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.model.DataFormat;
import org.synergos.model.DataSource;
import org.synergos.model.SynergosFactory;
import org.synergos.testing.ReferenceResults;

class CsvHeaderCatalogTest {

    @TempDir
    Path dir;

    private final CsvHeaderCatalog catalog = new CsvHeaderCatalog();

    @Test
    void readsTheHeaderOfTheReferenceData() throws Exception {
        List<String> columns = catalog.columns(csv(","), ReferenceResults.data("PoliticalDemocracy.csv")).orElseThrow();
        assertEquals(List.of("y1", "y2", "y3", "y4", "y5", "y6", "y7", "y8", "x1", "x2", "x3"), columns);
    }

    @Test
    void honoursDelimiterBomAndQuotes() throws Exception {
        Path file = dir.resolve("d.csv");
        Files.writeString(file, "\uFEFF\"项目 1\";b\n1;2\n", StandardCharsets.UTF_8);
        assertEquals(List.of("项目 1", "b"), catalog.columns(csv(";"), file).orElseThrow());
        Files.writeString(file, "a\tb\n");
        assertEquals(List.of("a", "b"), catalog.columns(csv("\\t"), file).orElseThrow());
    }

    @Test
    void xlsxIsNotReadAndEmptyFilesFail() throws Exception {
        DataSource xlsx = csv(",");
        xlsx.setFormat(DataFormat.XLSX);
        assertTrue(catalog.columns(xlsx, dir).isEmpty());
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThrows(IOException.class, () -> catalog.columns(csv(","), empty));
    }

    private static DataSource csv(String delimiter) {
        DataSource source = SynergosFactory.eINSTANCE.createDataSource();
        source.setFormat(DataFormat.CSV);
        source.setDelimiter(delimiter);
        return source;
    }
}
