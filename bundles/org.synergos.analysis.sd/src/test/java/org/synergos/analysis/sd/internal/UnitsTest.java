package org.synergos.analysis.sd.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Units as products of named units with integer exponents. */
class UnitsTest {

    @Test
    void writtenFormsAndTheirCanonicalText() throws Exception {
        assertEquals(Units.parse("yuan/person/year"), Units.parse("yuan/(person*year)"));
        assertEquals(Units.parse("yuan*person^-1*year^-1"), Units.parse("yuan / (person * year)"));
        assertEquals("yuan/(person*year)", Units.parse("yuan/(person*year)").toString());
        assertEquals("people/year", Units.parse("people/year").toString());
        assertEquals("1/year", Units.parse("1/year").toString());
        assertEquals("unit/month^2", Units.parse("unit/month/month").toString());
        assertEquals(Units.parse("person"), Units.parse("person^2/person"));
        assertTrue(Units.parse("").isDimensionless());
        assertTrue(Units.parse("dmnl").isDimensionless());
        assertTrue(Units.parse("year/year").isDimensionless());
        assertEquals("1", Units.parse("1").toString());
        assertEquals(Units.parse("person"), Units.parse("person^4").sqrt().sqrt());
        assertNull(Units.parse("person^3").sqrt());
        assertTrue(!Units.parse("Person").equals(Units.parse("person")), "names are case-sensitive");
    }

    @Test
    void malformedUnitsNameTheColumn() {
        assertEquals(8, assertThrows(EquationSyntaxException.class, () -> Units.parse("people/")).column());
        assertEquals(8, assertThrows(EquationSyntaxException.class, () -> Units.parse("person^x")).column());
        assertEquals(6, assertThrows(EquationSyntaxException.class, () -> Units.parse("yuan/(person")).column());
        assertEquals(8, assertThrows(EquationSyntaxException.class, () -> Units.parse("people year")).column());
    }
}
