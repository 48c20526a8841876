package org.synergos.analysis.api;

import java.util.Locale;

/** Validates one parameter value against its descriptor and normalises its spelling. */
final class ParameterValues {

    private ParameterValues() {
    }

    static String check(ParameterDescriptor parameter, String raw) {
        String value = raw == null ? "" : raw.trim();
        switch (parameter.type()) {
        case INTEGER:
            return Long.toString((long) inRange(parameter, parseNumber(parameter, value, true)));
        case DECIMAL:
            return Double.toString(inRange(parameter, parseNumber(parameter, value, false)));
        case BOOLEAN:
            String lower = value.toLowerCase(Locale.ROOT);
            if (!lower.equals("true") && !lower.equals("false")) {
                throw invalid(parameter, value, "true or false");
            }
            return lower;
        case CHOICE:
            if (!parameter.choices().contains(value)) {
                throw invalid(parameter, value, "one of " + String.join(", ", parameter.choices()));
            }
            return value;
        default:
            return value;
        }
    }

    private static double parseNumber(ParameterDescriptor parameter, String value, boolean integer) {
        try {
            return integer ? Long.parseLong(value) : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw invalid(parameter, value, integer ? "a whole number" : "a number");
        }
    }

    private static double inRange(ParameterDescriptor parameter, double value) {
        if (!(value >= parameter.minimum() && value <= parameter.maximum())) {
            throw invalid(parameter, String.valueOf(value),
                    "a value between " + bound(parameter.minimum()) + " and " + bound(parameter.maximum()));
        }
        return value;
    }

    private static String bound(double bound) {
        return bound == Math.rint(bound) && Math.abs(bound) < 1e15 ? Long.toString((long) bound)
                : Double.toString(bound);
    }

    private static IllegalArgumentException invalid(ParameterDescriptor parameter, String value, String expected) {
        return new IllegalArgumentException(
                "parameter '" + parameter.key() + "' = '" + value + "' is invalid: expected " + expected);
    }
}
