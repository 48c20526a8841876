package org.synergos.analysis.cbsem.core;

/**
 * Modifier of a model statement, like lavaan's {@code label*}, {@code 1*}, {@code start(0.5)*} and
 * {@code NA*} prefixes.
 *
 * @param label label (empty when none); equal labels mean equal parameters
 * @param fixed fixed value, {@code NaN} when the parameter is not fixed
 * @param start start value, {@code NaN} for the automatic one
 * @param forceFree free the parameter even where a default would fix it (lavaan {@code NA*})
 */
public record Modifier(String label, double fixed, double start, boolean forceFree) {

    /** No modifier. */
    public static final Modifier NONE = new Modifier("", Double.NaN, Double.NaN, false);

    public Modifier {
        label = label == null ? "" : label.trim();
    }

    public static Modifier label(String label) {
        return new Modifier(label, Double.NaN, Double.NaN, false);
    }

    public static Modifier fixed(double value) {
        return new Modifier("", value, Double.NaN, false);
    }

    public static Modifier start(double value) {
        return new Modifier("", Double.NaN, value, true);
    }

    public static Modifier free() {
        return new Modifier("", Double.NaN, Double.NaN, true);
    }

    public Modifier withLabel(String newLabel) {
        return new Modifier(newLabel, fixed, start, forceFree);
    }

    public boolean isFixed() {
        return !Double.isNaN(fixed);
    }
}
