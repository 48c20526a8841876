package org.synergos.analysis.api.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.synergos.analysis.api.ColumnFormat;
import org.synergos.analysis.api.ResultColumn;

class CellTextTest {

    @Test
    void decimalsRoundHalfUpOnTheDecimalValue() {
        assertEquals("0.318", CellText.fixed(0.3175, 3), "0.3175 is 0.31749999… in binary; shown as printed");
        assertEquals("2.68", CellText.fixed(2.675, 2));
        assertEquals("0.000", CellText.fixed(-0.0001, 3), "no negative zero");
        assertEquals("-0.617", CellText.fixed(-0.6166, 3));
        // the standardised loading of a factor with a negative variance (a Heywood case) is NaN
        assertEquals("NA", CellText.fixed(Double.NaN, 3));
        assertEquals("NA", CellText.fixed(Double.POSITIVE_INFINITY, 2));
        assertEquals("NA", CellText.pValue(Double.NaN, 3));
    }

    @Test
    void pValuesFollowApa() {
        assertEquals("< .001", CellText.pValue(0.0000123, 3));
        assertEquals(".042", CellText.pValue(0.0421, 3));
        assertEquals("1.000", CellText.pValue(1.0, 3));
    }

    @Test
    void starsMarkSignificance() {
        assertEquals("***", CellText.stars(0.0001));
        assertEquals("**", CellText.stars(0.009));
        assertEquals("*", CellText.stars(0.049));
        assertEquals("", CellText.stars(0.05));
        assertEquals("", CellText.stars(Double.NaN));
    }

    @Test
    void cellsFollowTheirColumnFormat() {
        assertEquals("314", CellText.format(ResultColumn.integer("n", "N"), 314.0));
        assertEquals("36.4%", CellText.format(new ResultColumn("v", "Var", "", ColumnFormat.PERCENT, 1), 0.364));
        assertEquals("", CellText.format(ResultColumn.decimal("b", "β", 3), null));
        assertEquals("H1", CellText.format(ResultColumn.text("h", "Hypothesis"), "H1"));
    }
}
