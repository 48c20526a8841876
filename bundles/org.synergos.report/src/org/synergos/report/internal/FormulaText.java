package org.synergos.report.internal;

/**
 * The rule for text a spreadsheet would run as a formula (OWASP CSV injection advice): text starting with
 * = + - @, tab or carriage return. The CSV tables prefix such text with an apostrophe; the workbook stores it
 * as a text cell marked quote-prefixed (Excel's own form of a typed leading apostrophe).
 */
final class FormulaText {

    private FormulaText() {
    }

    static boolean isFormulaLike(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
