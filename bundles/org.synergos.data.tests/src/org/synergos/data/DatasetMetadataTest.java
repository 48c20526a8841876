package org.synergos.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DatasetMetadataTest {

    @Test
    void declaredMissingValuesBecomeMissingButKeepTheirRawValue() throws DataFormatException {
        ColumnMetadata income = ColumnMetadata.builder().label("Monthly income").valueLabel("99999", "No answer")
                .missingValues(MissingValues.of(List.of("99999"), List.of(new MissingValues.Range(-9, -1))))
                .measure(ColumnMetadata.Measure.SCALE).storageType("F8.2").build();
        Dataset data = Dataset.builder("s").columns(List.of("income", "town")).metadata("income", income)
                .row(2, "1000", "Bern").row(3, "99999", null).row(4, "-1", "Basel").row(5, "-9.5", "Basel").build();
        DataColumn column = data.column("income");
        assertTrue(column.isNumeric());
        assertEquals(2, column.missingCount());
        assertTrue(column.isDeclaredMissing(1));
        assertEquals("99999", column.rawText(1));
        assertNull(column.text(1));
        assertTrue(Double.isNaN(column.value(1)));
        assertEquals("No answer", column.valueLabel(1).orElseThrow());
        assertTrue(column.isDeclaredMissing(2));
        assertFalse(column.isDeclaredMissing(3), "-9.5 is outside the range -9 THRU -1");
        assertEquals(-9.5, column.value(3));
        assertEquals("Monthly income", column.metadata().label().orElseThrow());
        assertEquals(ColumnMetadata.Measure.SCALE, column.metadata().measure().orElseThrow());
        assertTrue(Double.isNaN(data.numericRows(List.of("income"))[2][0]));
        DataColumn town = data.column("town");
        assertSame(ColumnMetadata.NONE, town.metadata());
        assertFalse(town.isDeclaredMissing(1), "a cell missing in the file is not a declared missing value");
        assertNull(town.rawText(1));
    }

    @Test
    void stringCodesMatchAsTextOnly() {
        MissingValues text = MissingValues.ofText(List.of("1", "x"));
        assertTrue(text.matches("1"));
        assertTrue(text.matches("x"));
        assertFalse(text.matches("1.0"), "a string column's code is no number");
        assertTrue(MissingValues.of(List.of("1"), List.of()).matches("1.0"));
        assertFalse(text.equals(MissingValues.of(List.of("1", "x"), List.of())));
    }

    @Test
    void numbersAreWrittenAsCodes() {
        assertEquals("3", NumericText.format(3.0));
        assertEquals("-2147483647", NumericText.format(-2147483647.0));
        assertEquals("23.5", NumericText.format(23.5));
        assertEquals("0.1", NumericText.format(0.1));
        assertThrows(IllegalArgumentException.class, () -> NumericText.format(Double.NaN));
    }

    @Test
    void metadataForAnUnknownColumnIsRefused() {
        Dataset.Builder builder = Dataset.builder("s").columns(List.of("a"));
        assertThrows(IllegalArgumentException.class, () -> builder.metadata("b", ColumnMetadata.NONE));
    }
}
