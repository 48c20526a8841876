package org.synergos.analysis.ahp.internal;

import org.synergos.analysis.api.json.LocatedJson;

/**
 * Saaty's fundamental scale of absolute numbers: a judgement is a whole number 1 to 9 or its reciprocal
 * 1/2 to 1/9 (Saaty 1980, <i>The Analytic Hierarchy Process</i>, Table 1.1). In the file a judgement is a
 * JSON number 1 to 9, or a string "1" to "9" or "1/2" to "1/9"; decimals such as 0.333 are refused, since
 * they are not on the scale and would hide which reciprocal was meant.
 */
public final class SaatyScale {

    private SaatyScale() {
    }

    /** The judgement's value, or a problem saying why it is not one (never null). */
    public static Parsed parse(LocatedJson cell) {
        if (cell.kind() == LocatedJson.Kind.NUMBER) {
            return ofNumber(cell.number(), cell.text());
        }
        if (cell.kind() != LocatedJson.Kind.STRING) {
            return Parsed.problem(cell.describe() + " is not a judgement (a number 1 to 9 or a string \"1/2\" to \"1/9\")");
        }
        String text = cell.text().trim();
        int slash = text.indexOf('/');
        try {
            if (slash < 0) {
                return ofNumber(Double.parseDouble(text), "\"" + text + "\"");
            }
            double numerator = Double.parseDouble(text.substring(0, slash).trim());
            double denominator = Double.parseDouble(text.substring(slash + 1).trim());
            if (numerator <= 0 || denominator <= 0) {
                return Parsed.problem("\"" + text + "\" is not positive");
            }
            if (numerator != 1 || !isWhole(denominator) || denominator > 9) {
                return Parsed.problem("\"" + text + "\" is off Saaty's 1–9 scale (reciprocals are \"1/2\" to \"1/9\")");
            }
            return Parsed.value(1 / denominator);
        } catch (NumberFormatException e) {
            return Parsed.problem("\"" + text + "\" is not a judgement (a number 1 to 9 or \"1/2\" to \"1/9\")");
        }
    }

    private static Parsed ofNumber(double value, String written) {
        if (!(value > 0)) {
            return Parsed.problem(written + " is not positive");
        }
        if (!isWhole(value) || value > 9) {
            return Parsed.problem(written + " is off Saaty's 1–9 scale (whole numbers 1 to 9; reciprocals as \"1/2\" to \"1/9\")");
        }
        return Parsed.value(value);
    }

    private static boolean isWhole(double value) {
        return value >= 1 && value == Math.rint(value);
    }

    /** A judgement's value or why it is not one. */
    public record Parsed(double value, String problem) {
        static Parsed value(double value) {
            return new Parsed(value, null);
        }

        static Parsed problem(String problem) {
            return new Parsed(Double.NaN, problem);
        }

        public boolean ok() {
            return problem == null;
        }
    }
}
