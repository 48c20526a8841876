package org.synergos.data.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class XlsxOptionsTest {

    @Test
    void sheetSpecifications() {
        assertNull(XlsxOptions.parse(null).sheet());
        assertNull(XlsxOptions.parse(" ").range());
        assertEquals("Survey", XlsxOptions.parse("Survey").sheet());
        XlsxOptions ranged = XlsxOptions.parse("Survey!A3:F200");
        assertEquals("Survey", ranged.sheet());
        assertEquals(new CellRange(1, 3, 6, 200), ranged.range());
        assertEquals("Wave 1", XlsxOptions.parse("'Wave 1'!B2:E").sheet());
        assertEquals(new CellRange(2, 2, 5, 0), XlsxOptions.parse("'Wave 1'!B2:E").range());
        assertNull(XlsxOptions.parse("!A:C").sheet(), "a range on the first sheet");
        assertThrows(IllegalArgumentException.class, () -> XlsxOptions.parse("Survey!"));
        assertEquals("Yes!No", XlsxOptions.parse("Yes!No").sheet(), "sheet names may hold '!'");
        assertEquals("Survey!A3:F200", ranged.describe());
    }

    @Test
    void ranges() {
        assertEquals(new CellRange(27, 1, 16_384, 1_048_576), CellRange.parse("$AA$1:XFD1048576"));
        assertEquals("AA1:XFD1048576", CellRange.parse("aa1:xfd1048576").toString());
        assertEquals("A:F", CellRange.parse("A:F").toString());
        assertEquals("C7", CellRange.reference(3, 7));
        assertEquals("AZ", CellRange.columnName(52));
        assertEquals(703, CellRange.columnIndex("AAA"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CellRange.parse("F1:A9")).getMessage()
                .contains("'F1:A9'"));
        assertThrows(IllegalArgumentException.class, () -> CellRange.parse("A9:B1"));
        assertThrows(IllegalArgumentException.class, () -> CellRange.parse("A0:B1"));
        assertThrows(IllegalArgumentException.class, () -> CellRange.parse("A1:XFE2"));
        assertThrows(IllegalArgumentException.class, () -> CellRange.parse("A:B7"));
        assertThrows(IllegalArgumentException.class, () -> XlsxOptions.parse("Survey!A1:"));
        assertThrows(IllegalArgumentException.class, () -> XlsxOptions.DEFAULT.withRange(CellRange.parse("A3:B9"))
                .withHeaderRow(2));
    }
}
