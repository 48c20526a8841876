package org.synergos.analysis.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.model.DataFormat;
import org.synergos.model.DataSource;
import org.synergos.model.helpers.Elements;
import org.synergos.testing.TestResources;

/** A model's data source read as CSV, XLSX, SPSS or Stata: sheet and range from its 'sheet', format from the file or 'format'. */
class DataSourcesTest {

    @TempDir
    Path dir;

    private static Path workbook(String name) {
        return TestResources.path("../org.synergos.testing/reference/data/xlsx/" + name);
    }

    private static DataSource source(String path) {
        return Elements.csvDataSource(Elements.framework("t"), "survey", path);
    }

    @Test
    void aWorkbookIsReadByItsContentWithTheSourcesSheetRangeAndMissingCodes() throws Exception {
        DataSource source = source("header-row-3.xlsx");
        source.setSheet("Data!B3:D7");
        source.getMissingValueCodes().add("12");
        Dataset data = DataSources.read(source, workbook("header-row-3.xlsx"));
        assertEquals(List.of("q1", "q2", "q3"), data.columnNames());
        assertEquals(4, data.rowCount());
        assertTrue(data.column("q3").isMissing(3), "the source's missing-value codes apply to workbooks too");
        assertEquals(List.of("q1", "q2", "q3"), new DataSourceColumns().columns(source, workbook("header-row-3.xlsx"))
                .orElseThrow());
    }

    @Test
    void spssAndStataFilesAreReadByTheirContentWithTheirLabelsAndMissingValues() throws Exception {
        Path sav = TestResources.path("../org.synergos.data.spss.tests/reference/survey-uncompressed.sav");
        DataSource spss = source("survey.sav");
        Dataset survey = DataSources.read(spss, sav);
        assertEquals(org.synergos.data.files.DataFileFormat.SAV, DataSources.format(spss, sav));
        assertTrue(survey.column("sat").isDeclaredMissing(3), "SPSS user-missing 9");
        assertEquals("Refused", survey.column("sat").valueLabel(3).orElseThrow());
        assertEquals(survey.columnNames(), new DataSourceColumns().columns(spss, sav).orElseThrow());
        spss.getMissingValueCodes().add("1000");
        assertTrue(DataSources.read(spss, sav).column("income").isMissing(0), "the source's codes apply too");

        Path dta = TestResources.path("../org.synergos.data.stata.tests/reference/survey-117.dta");
        DataSource stata = source("survey.dta");
        Dataset data = DataSources.read(stata, dta);
        assertEquals(org.synergos.data.files.DataFileFormat.DTA, DataSources.format(stata, dta));
        assertTrue(data.column("rating").isDeclaredMissing(2), "Stata .a");
        assertEquals("Not asked", data.column("rating").valueLabel(2).orElseThrow());

        stata.setSheet("Survey");
        DataFormatException e = assertThrows(DataFormatException.class, () -> DataSources.read(stata, dta));
        assertTrue(e.getMessage().contains("names the sheet 'Survey', but the file is a Stata data file"), e.getMessage());
    }

    @Test
    void aSheetOnACsvFileIsRefusedByName() throws Exception {
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "x\n1\n", StandardCharsets.UTF_8);
        DataSource source = source("a.csv");
        source.setSheet("Survey");
        DataFormatException e = assertThrows(DataFormatException.class, () -> DataSources.read(source, csv));
        assertTrue(e.getMessage().contains("data source 'survey' names the sheet 'Survey', but the file is CSV text"),
                e.getMessage());
    }

    @Test
    void formatXlsxInsistsOnAWorkbook() throws Exception {
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "x\n1\n", StandardCharsets.UTF_8);
        DataSource source = source("a.csv");
        source.setFormat(DataFormat.XLSX);
        DataFormatException e = assertThrows(DataFormatException.class, () -> DataSources.read(source, csv));
        assertTrue(e.getMessage().contains("a.csv: not an XLSX workbook"), e.getMessage());
    }

    @Test
    void aMalformedSheetSpecificationIsNamed() {
        DataSource source = source("survey.xlsx");
        source.setSheet("Survey!A9:A1");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> DataSources.read(source, workbook("survey.xlsx")));
        assertTrue(e.getMessage().contains("data source 'survey': sheet 'Survey!A9:A1': 'A9:A1'"), e.getMessage());
    }
}
