package org.synergos.data.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.synergos.data.DataColumn;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;

class XlsxDatasetReaderTest {

    @Test
    void aSheetReadsAsItsCsvExportDoes() throws Exception {
        Dataset xlsx = new XlsxDatasetReader().read(XlsxFiles.file("survey.xlsx"));
        Dataset csv = new CsvDatasetReader().read(XlsxFiles.file("survey.csv"));
        assertEquals(csv.columnNames(), xlsx.columnNames());
        assertEquals(csv.rowCount(), xlsx.rowCount());
        for (String name : csv.columnNames()) {
            DataColumn a = csv.column(name);
            DataColumn b = xlsx.column(name);
            assertEquals(a.isNumeric(), b.isNumeric(), name);
            assertArrayEquals(a.values(), b.values(), name); // exactly the same doubles
            for (int r = 0; r < csv.rowCount(); r++) {
                assertEquals(a.text(r), b.text(r), name + " row " + r);
                assertEquals(csv.sourceLine(r), xlsx.sourceLine(r), "the sheet's row numbers are the CSV's lines");
            }
        }
        assertTrue(xlsx.column("q2").isMissing(1), "an empty cell is missing");
        assertEquals("123456.789", xlsx.column("score").text(5));
        assertEquals("0.001", xlsx.column("score").text(4));
        assertEquals("survey.xlsx", xlsx.describe());
    }

    @Test
    void theFirstSheetByDefaultAndAnotherByName() throws Exception {
        java.nio.file.Path file = XlsxFiles.file("several-sheets.xlsx");
        assertEquals(List.of("Notes", "Wave 1", "Wave 2"), XlsxDatasetReader.sheetNames(file));
        Dataset first = new XlsxDatasetReader().read(file);
        assertEquals(0, first.rowCount(), "the notes sheet has a header and no data");
        Dataset wave2 = new XlsxDatasetReader(XlsxOptions.parse("Wave 2")).read(file);
        assertEquals(List.of("a", "b", "c"), wave2.columnNames());
        assertEquals(2, wave2.rowCount());
        assertEquals(31.0, wave2.column("c").value(1));
        Dataset folded = new XlsxDatasetReader(XlsxOptions.parse("'wave 1'")).read(file);
        assertEquals(List.of("x", "y"), folded.columnNames(), "sheet names are case-insensitive, as in Excel");
    }

    @Test
    void anUnknownSheetIsNamedWithTheSheetsThereAre() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> new XlsxDatasetReader(XlsxOptions.parse("Wave 3")).read(XlsxFiles.file("several-sheets.xlsx")));
        assertTrue(e.getMessage().contains("several-sheets.xlsx: the workbook has no sheet 'Wave 3' (sheets: 'Notes',"
                + " 'Wave 1', 'Wave 2')"), e.getMessage());
    }

    @Test
    void aRangeChoosesTheHeaderRowAndLeavesTitleNotesAndTotalsOut() throws Exception {
        Dataset data = new XlsxDatasetReader(XlsxOptions.parse("Data!B3:D7")).read(XlsxFiles.file("header-row-3.xlsx"));
        assertEquals(List.of("q1", "q2", "q3"), data.columnNames());
        assertEquals(4, data.rowCount());
        assertEquals(4, data.sourceLine(0), "data start in row 4 of the sheet");
        assertEquals(12.0, data.column("q3").value(3));
        assertTrue(data.columns().stream().allMatch(DataColumn::isNumeric));
    }

    @Test
    void aHeaderRowOptionWithColumnsOnlyRange() throws Exception {
        XlsxOptions options = XlsxOptions.DEFAULT.withRange(CellRange.parse("B:D")).withHeaderRow(3)
                .withMissingCodes(List.of("total"));
        Dataset data = new XlsxDatasetReader(options).read(XlsxFiles.file("header-row-3.xlsx"));
        assertEquals(List.of("q1", "q2", "q3"), data.columnNames());
        assertEquals(4, data.rowCount(), "the totals row is blank once 'total' is a missing-value code");
    }

    @Test
    void withoutARangeTheTitleIsTakenForTheHeaderAndTheDataAreRefusedByCell() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> new XlsxDatasetReader().read(XlsxFiles.file("header-row-3.xlsx")));
        assertTrue(e.getMessage().contains("header-row-3.xlsx:3: sheet 'Data', cell C3: 'q2' lies outside the"
                + " header's columns B to B"), e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void anOpenRangeReadsToTheLastRowAndRefusesTheTotalsTextInAColumnOfNumbers() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> new XlsxDatasetReader(XlsxOptions.parse("Data!B3:D")).read(XlsxFiles.file("header-row-3.xlsx")));
        assertTrue(e.getMessage().contains("header-row-3.xlsx:9 (column 'q1'): sheet 'Data', cell B9: the text"
                + " 'total' in a column of numbers"), e.getMessage());
    }

    @Test
    void datesBooleansFormulasAndEmptyCells() throws Exception {
        Dataset data = new XlsxDatasetReader().read(XlsxFiles.file("types.xlsx"));
        assertEquals(List.of("when", "stamp", "member", "x", "twice", "label", "big", "note"), data.columnNames());
        assertEquals(List.of("2024-01-31", "2024-02-29", "1999-12-31"), texts(data.column("when")));
        assertEquals("2024-01-31 13:45:00", data.column("stamp").text(0));
        assertEquals(List.of("TRUE", "FALSE", "TRUE"), texts(data.column("member")));
        assertTrue(data.column("x").isNumeric());
        assertArrayEquals(new double[] { 3, 5, 7 }, data.column("twice").values(), "formulas by their saved results");
        assertEquals(List.of("low", "high", "high"), texts(data.column("label")));
        assertEquals(List.of("FALSE", "TRUE", "TRUE"), texts(data.column("big")));
        assertEquals("first", data.column("note").text(0));
        assertNull(data.column("note").text(1), "an empty cell is missing");
        assertEquals(2, data.column("note").missingCount());
        assertFalse(data.column("when").isNumeric(), "a date column is not a column of numbers");
    }

    @Test
    void headerOnly() throws Exception {
        assertEquals(List.of("id", "q1", "q2", "q3", "score"),
                new XlsxDatasetReader().readHeader(XlsxFiles.file("survey.xlsx")));
    }

    @Test
    void aNumericCellCanBeAMissingValueCode() throws Exception {
        Dataset data = new XlsxDatasetReader(XlsxOptions.DEFAULT.withMissingCodes(List.of("NA", "5")))
                .read(XlsxFiles.file("survey.xlsx"));
        assertTrue(data.column("q1").isMissing(0), "5 typed as a number matches the code '5', as in CSV");
    }

    private static List<String> texts(DataColumn column) {
        List<String> texts = new java.util.ArrayList<>();
        for (int r = 0; r < column.size(); r++) {
            texts.add(column.text(r));
        }
        return texts;
    }
}
