package org.synergos.model.internal.lavaan;

import java.util.List;

/**
 * A right-hand-side term such as {@code a*x1}, {@code 0.5*x1} or {@code NA*x1}: the variable name token
 * and its modifiers in order.
 */
public record Term(Token name, List<Modifier> modifiers) {

    /** A premultiplier: a label, a fixed number, or NA (free parameter). */
    public record Modifier(Token at, String label, Double value, boolean free) {

        public static Modifier label(Token at) {
            return new Modifier(at, at.text(), null, false);
        }

        public static Modifier value(Token at, double value) {
            return new Modifier(at, null, value, false);
        }

        public static Modifier free(Token at) {
            return new Modifier(at, null, null, true);
        }
    }
}
