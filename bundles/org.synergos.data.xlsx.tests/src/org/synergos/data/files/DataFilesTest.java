package org.synergos.data.files;

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
import org.synergos.data.csv.CsvOptions;
import org.synergos.data.xlsx.XlsxOptions;
import org.synergos.testing.TestResources;

class DataFilesTest {

    @TempDir
    Path dir;

    private static Path reference(String name) {
        return TestResources.path("../org.synergos.testing/reference/data/xlsx/" + name);
    }

    @Test
    void theFormatComesFromTheContentOrTheExtensionNeverFromTryingCsvFirst() throws Exception {
        Path renamed = dir.resolve("survey.dat");
        Files.copy(reference("survey.xlsx"), renamed);
        assertEquals(DataFileFormat.XLSX, DataFiles.formatOf(renamed), "a ZIP archive is a workbook, whatever its name");
        assertEquals(DataFileFormat.CSV, DataFiles.formatOf(reference("survey.csv")));
        assertEquals(DataFileFormat.XLSX, DataFiles.formatOf(reference("wrong-magic.xlsx")));
        Dataset data = DataFiles.read(renamed, CsvOptions.DEFAULT, XlsxOptions.DEFAULT);
        assertEquals(6, data.rowCount());
    }

    @Test
    void anXlsxFileIsNoLongerReportedAsInvalidUtf8() throws Exception {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> DataFiles.read(reference("truncated.xlsx"), CsvOptions.DEFAULT, XlsxOptions.DEFAULT));
        assertTrue(e.getMessage().contains("truncated.xlsx: a truncated or damaged ZIP archive"), e.getMessage());
        DataFormatException text = assertThrows(DataFormatException.class,
                () -> DataFiles.read(reference("wrong-magic.xlsx"), CsvOptions.DEFAULT, XlsxOptions.DEFAULT));
        assertTrue(text.getMessage().contains("not an XLSX workbook"), text.getMessage());
    }

    @Test
    void oneListOfMissingCodesForBothFormats() throws Exception {
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "a,b\n1,-99\n2,3\n", StandardCharsets.UTF_8);
        assertTrue(DataFiles.read(csv, List.of("-99"), XlsxOptions.DEFAULT).column("b").isMissing(0));
        assertTrue(DataFiles.read(reference("survey.xlsx"), List.of("R01"), XlsxOptions.DEFAULT).column("id").isMissing(0));
        assertEquals(List.of("x", "y"), DataFiles.readHeader(reference("several-sheets.xlsx"), CsvOptions.DEFAULT,
                XlsxOptions.parse("Wave 1")));
    }

    @Test
    void spssAndStataFilesAreToldByContentAndExtension() throws Exception {
        Path sav = TestResources.path("../org.synergos.data.spss.tests/reference/survey-bytecode.sav");
        Path zsav = TestResources.path("../org.synergos.data.spss.tests/reference/survey.zsav");
        Path dta = TestResources.path("../org.synergos.data.stata.tests/reference/survey-118.dta");
        Path savRenamed = dir.resolve("survey.dat");
        Path zsavRenamed = dir.resolve("survey.bin");
        Path dtaRenamed = dir.resolve("survey.txt");
        Files.copy(sav, savRenamed);
        Files.copy(zsav, zsavRenamed);
        Files.copy(dta, dtaRenamed);
        assertEquals(DataFileFormat.SAV, DataFiles.formatOf(savRenamed), "$FL2 is an SPSS system file, whatever its name");
        assertEquals(DataFileFormat.SAV, DataFiles.formatOf(zsavRenamed), "$FL3 too");
        assertEquals(DataFileFormat.DTA, DataFiles.formatOf(dtaRenamed), "<stata_dta> is a Stata file");
        Path fakeSav = dir.resolve("fake.sav");
        Path fakeDta = dir.resolve("fake.dta");
        Files.writeString(fakeSav, "a,b\n1,2\n", StandardCharsets.UTF_8);
        Files.writeString(fakeDta, "a,b\n1,2\n", StandardCharsets.UTF_8);
        assertEquals(DataFileFormat.SAV, DataFiles.formatOf(fakeSav));
        assertEquals(DataFileFormat.DTA, DataFiles.formatOf(fakeDta));
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> DataFiles.read(fakeSav, CsvOptions.DEFAULT, XlsxOptions.DEFAULT));
        assertTrue(e.getMessage().contains("fake.sav: offset 0: not an SPSS system file"), e.getMessage());
        e = assertThrows(DataFormatException.class, () -> DataFiles.read(fakeDta, CsvOptions.DEFAULT, XlsxOptions.DEFAULT));
        assertTrue(e.getMessage().contains("fake.dta: offset 0: not a Stata .dta file"), e.getMessage());

        Dataset survey = DataFiles.read(savRenamed, CsvOptions.DEFAULT, XlsxOptions.DEFAULT);
        assertEquals(6, survey.rowCount());
        assertEquals("Monthly income", survey.column("income").metadata().label().orElseThrow());
        assertEquals(List.of("id", "weight", "rating", "town", "big", "memo"),
                DataFiles.readHeader(dtaRenamed, CsvOptions.DEFAULT, XlsxOptions.DEFAULT));
        assertTrue(DataFiles.read(sav, List.of("1000"), XlsxOptions.DEFAULT).column("income").isDeclaredMissing(0),
                "--missing codes add to the file's own missing values");
        assertTrue(DataFiles.read(dta, List.of("Basel", "\u6df1\u5733"), XlsxOptions.DEFAULT).column("town").isMissing(3));
    }

    @Test
    void aMissingFile() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> DataFiles.formatOf(dir.resolve("x.csv")));
        assertTrue(e.getMessage().endsWith("x.csv: file not found"), e.getMessage());
    }
}
