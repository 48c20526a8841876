package org.synergos.data.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;

class MatrixDataTest {

    @TempDir
    Path dir;

    private static final String HEADER = "rowtype_,varname_,x1,x2,x3\n";

    @Test
    void readsALowerTriangleOfCorrelationsWithMeansAndSds() throws Exception {
        Dataset data = read(HEADER + "n,,314,314,314\nmean,,4.271,4.527,4.437\nstddev,,0.693,0.714,0.762\n"
                + "corr,x1,1,,\ncorr,x2,0.651,1,\ncorr,x3,0.693,0.581,1\n");
        assertTrue(MatrixData.isMatrixData(data));
        List<GroupMatrix> groups = MatrixData.read(data, null);
        assertEquals(1, groups.size());
        GroupMatrix m = groups.get(0);
        assertEquals("", m.group());
        assertEquals(314, m.n());
        assertEquals(List.of("x1", "x2", "x3"), m.variables());
        assertEquals(MatrixKind.CORRELATION, m.kind());
        assertArrayEquals(new double[] {0.651, 1, 0.581}, m.matrix()[1]);
        assertArrayEquals(new double[] {4.271, 4.527, 4.437}, m.means());
        assertFalse(m.isStandardized());
        assertEquals(0.651 * 0.693 * 0.714, m.covariance()[0][1], 1e-15);
        assertEquals(0.762 * 0.762, m.covariance()[2][2], 1e-15);
    }

    @Test
    void upperAndFullTrianglesGiveTheSameMatrix() throws Exception {
        double[][] lower = MatrixData.read(read(HEADER + "N,,50,50,50\nCOV,x1,2,,\nCOV,x2,0.5,3,\nCOV,x3,0.25,1,4\n"),
                null).get(0).matrix();
        double[][] upper = MatrixData.read(read(HEADER + "N,,50,50,50\nCOV,x1,2,0.5,0.25\nCOV,x2,,3,1\nCOV,x3,,,4\n"),
                null).get(0).matrix();
        double[][] full = MatrixData.read(read(HEADER + "N,,50,50,50\nCOV,x1,2,0.5,0.25\nCOV,x2,0.5,3,1\n"
                + "COV,x3,0.25,1,4\n"), null).get(0).matrix();
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(lower[i], upper[i]);
            assertArrayEquals(lower[i], full[i]);
        }
        assertEquals(0.25, lower[0][2]);
    }

    @Test
    void rowTypesAndColumnNamesAreCaseInsensitiveAndRowsMayComeInAnyOrder() throws Exception {
        GroupMatrix m = MatrixData.read(read("ROWTYPE_,VARNAME_,a,b\nCorr,b,0.3,1\nSD,,2,3\nCorr,a,1,\nN,,20,20\n"),
                null).get(0);
        assertEquals(20, m.n());
        assertEquals(0.3, m.matrix()[0][1]);
        assertNull(m.means());
        assertEquals(0.3 * 2 * 3, m.covariance()[1][0], 1e-15);
    }

    @Test
    void correlationsWithoutSdsAreStandardized() throws Exception {
        GroupMatrix m = MatrixData.read(read("rowtype_,varname_,a,b\nn,,20,20\ncorr,a,1,\ncorr,b,0.3,1\n"), null)
                .get(0);
        assertTrue(m.isStandardized());
        assertEquals(0.3, m.covariance()[0][1]);
    }

    @Test
    void readsOneBlockPerGroup() throws Exception {
        Dataset data = read("school,rowtype_,varname_,a,b\nP,n,,30,30\nP,cov,a,1,\nP,cov,b,0.2,2\n"
                + "G,n,,40,40\nG,cov,a,3,\nG,cov,b,0.4,5\nG,mean,,1,2\n");
        List<GroupMatrix> groups = MatrixData.read(data, "school");
        assertEquals(List.of("P", "G"), groups.stream().map(GroupMatrix::group).toList());
        assertEquals(List.of("a", "b"), groups.get(0).variables());
        assertEquals(40, groups.get(1).n());
        assertNull(groups.get(0).means());
        assertArrayEquals(new double[] {1, 2}, groups.get(1).means());
        assertEquals(5, groups.get(1).matrix()[1][1]);
    }

    @Test
    void anOrdinaryDataSetIsNotMatrixData() throws Exception {
        assertFalse(MatrixData.isMatrixData(read("a,b\n1,2\n")));
        DataFormatException e = assertThrows(DataFormatException.class, () -> MatrixData.read(read("a,b\n1,2\n"), null));
        assertTrue(e.getMessage().contains("no 'rowtype_' column"), e.getMessage());
    }

    @Test
    void namesTheFileLineAndColumnOfEveryProblem() throws Exception {
        assertProblem(HEADER + "n,,50,50,50\ncov,x1,2,,\ncov,x2,0.5,3,\ncov,x3,0.25,,4\n", 5, "x2",
                "no value for (x3, x2) in either triangle");
        assertProblem(HEADER + "n,,50,50,50\ncov,x1,2,0.4,0.25\ncov,x2,0.5,3,1\ncov,x3,0.25,1,4\n", 4, "x1",
                "not symmetric: (x2, x1) is 0.5 but (x1, x2) on line 3 is 0.4");
        assertProblem(HEADER + "n,,50,50,50\ncorr,x1,1,,\ncorr,x2,0.5,0.9,\ncorr,x3,0.2,0.1,1\n", 4, "x2",
                "1 on its diagonal, not 0.9");
        assertProblem(HEADER + "n,,50,50,50\ncorr,x1,1,,\ncorr,x2,1.2,1,\ncorr,x3,0.2,0.1,1\n", 4, "x1",
                "between −1 and 1, not 1.2");
        assertProblem(HEADER + "n,,50,50,50\ncov,x1,2,,\ncov,x2,0.5,-3,\ncov,x3,0.2,0.1,1\n", 4, "x2",
                "a variance must be positive, not -3");
        assertProblem(HEADER + "n,,50,49,50\ncov,x1,2,,\ncov,x2,0.5,3,\ncov,x3,0.2,0.1,1\n", 2, "x2",
                "differs between variables (x1: 50, x2: 49)");
        assertProblem(HEADER + "n,,50.5,50.5,50.5\n", 2, "x1", "whole number of at least 2, not 50.5");
        assertProblem(HEADER + "n,,50,50,50\ncov,x1,2,,\ncov,x2,0.5,abc,\ncov,x3,0.2,0.1,1\n", 4, "x2",
                "'abc' is not a number");
        assertProblem(HEADER + "n,,50,50,50\ncov,x1,2,,\ncorr,x2,0.5,1,\n", 4, "rowtype_",
                "a CORR row after COV rows (line 3)");
        assertProblem(HEADER + "n,,50,50,50\ncov,x1,2,,\ncov,x1,2,,\n", 4, "varname_",
                "a second matrix row for 'x1' (the first is on line 3)");
        assertProblem(HEADER + "n,,50,50,50\ncov,x9,2,,\n", 3, "varname_", "'x9' is not one of the variable columns");
        assertProblem(HEADER + "n,,50,50,50\nmeans,,1,2,3\n", 3, "rowtype_", "unknown row type 'means'");
        assertProblem(HEADER + "n,,50,50,50\nmean,,1,,3\n", 3, "x2", "the cell is empty");
        assertProblem(HEADER + "n,,50,50,50\nstddev,,1,0,3\n", 3, "x2", "must be positive, not 0.0");
        assertProblem(HEADER + "n,,50,50,50\nstddev,,1,2,3\ncov,x1,2,,\ncov,x2,0.5,4,\ncov,x3,0.2,0.1,9\n", 4,
                "x1", "the STDDEV 1 does not match the variance 2");
        assertProblem(HEADER + "cov,x1,2,,\ncov,x2,0.5,3,\ncov,x3,0.2,0.1,1\n", 0, null, "no N row");
        assertProblem(HEADER + "n,,50,50,50\ncov,x1,2,,\ncov,x3,0.2,0.1,1\n", 0, "x2", "no row for 'x2'");
        assertProblem(HEADER + "n,,50,50,50\n", 0, null, "no CORR or COV rows");
        assertProblem("rowtype_,x1\nn,50\ncov,2\n", 3, "rowtype_", "needs a 'varname_' column");
    }

    @Test
    void namesTheGroupOfAProblem() throws Exception {
        Path file = write("g,rowtype_,varname_,a,b\nP,n,,30,30\nP,cov,a,1,\nP,cov,b,0.2,2\nG,cov,a,3,\nG,cov,b,0.4,5\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> MatrixData.read(new CsvDatasetReader().read(file), "g"));
        assertTrue(e.getMessage().contains("no N row for group 'G'"), e.getMessage());
        DataFormatException missing = assertThrows(DataFormatException.class,
                () -> MatrixData.read(new CsvDatasetReader().read(file), "school"));
        assertTrue(missing.getMessage().contains("group column 'school' is not in the file"), missing.getMessage());
    }

    @Test
    void theRecordCannotBeChangedThroughItsArrays() throws Exception {
        GroupMatrix m = MatrixData.read(read(HEADER + "n,,50,50,50\nmean,,1,2,3\ncov,x1,2,,\ncov,x2,0.5,3,\n"
                + "cov,x3,0.25,1,4\n"), null).get(0);
        m.matrix()[0][0] = 99;
        m.means()[0] = 99;
        assertEquals(2, m.matrix()[0][0]);
        assertEquals(1, m.means()[0]);
    }

    private void assertProblem(String csv, long line, String column, String text) throws IOException {
        Path file = write(csv);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> MatrixData.read(new CsvDatasetReader().read(file), null), csv);
        assertEquals(file, e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    private int files;

    private Path write(String csv) throws IOException {
        Path file = dir.resolve("matrix" + (files++) + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private Dataset read(String csv) throws Exception {
        return new CsvDatasetReader().read(write(csv));
    }
}
