package org.synergos.analysis.api.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.synergos.analysis.api.ResultColumn;

/**
 * Renders table cells as text the way journals print them (APA 7): fixed decimals with half-up rounding
 * of the decimal value (not of its binary approximation), "−" for negative numbers kept as ASCII '-',
 * p-values without leading zero and "&lt; .001" below the smallest printable value, empty cells blank.
 * One renderer for the terminal, reports and the workbench, so the numbers agree everywhere.
 */
public final class CellText {

    private CellText() {
    }

    public static String format(ResultColumn column, Object cell) {
        if (cell == null) {
            return "";
        }
        if (!(cell instanceof Number number)) {
            return cell.toString();
        }
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            return "";
        }
        switch (column.format()) {
        case INTEGER:
            return Long.toString(Math.round(value));
        case PERCENT:
            return fixed(value * 100, column.decimals()) + "%";
        case P_VALUE:
            return pValue(value, column.decimals());
        case DECIMAL:
            return fixed(value, column.decimals());
        default:
            return number.toString();
        }
    }

    /** Shown for a value that is not a number (say the standardised value of a negative variance). */
    public static final String NOT_A_NUMBER = "NA";

    /** Fixed decimals; "-0.000" is shown as "0.000"; NaN and infinities as {@value #NOT_A_NUMBER}. */
    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return NOT_A_NUMBER;
        }
        BigDecimal rounded = new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            rounded = rounded.abs();
        }
        return rounded.toPlainString();
    }

    /** APA p-value: ".042", "< .001"; 1 stays "1.000" so the column lines up. */
    public static String pValue(double p, int decimals) {
        if (Double.isNaN(p)) {
            return NOT_A_NUMBER;
        }
        double smallest = Math.pow(10, -decimals);
        if (p < smallest) {
            return "< " + fixed(smallest, decimals).replaceFirst("^0", "");
        }
        String text = fixed(p, decimals);
        return text.startsWith("0.") ? text.substring(1) : text;
    }

    /** Significance stars as on path diagrams: * p &lt; .05, ** p &lt; .01, *** p &lt; .001. */
    public static String stars(double p) {
        if (!(p >= 0)) {
            return "";
        }
        return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : "";
    }
}
