package org.synergos.analysis.sd.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * Units as a product of named base units with integer exponents ("people/year" = people·year⁻¹). Written
 * forms: names joined by '*' and '/', '^' with an integer exponent, parentheses, "1" (also "dmnl",
 * "dimensionless" or an empty text) for a dimensionless quantity: "yuan/(person*year)", "1/year",
 * "person^2". Names are compared as written (case-sensitive); "persons" and "person" are different units.
 */
public final class Units {

    public static final Units DIMENSIONLESS = new Units(Map.of());

    private final TreeMap<String, Integer> exponents;

    private Units(Map<String, Integer> exponents) {
        this.exponents = new TreeMap<>();
        exponents.forEach((name, exponent) -> {
            if (exponent != 0) {
                this.exponents.put(name, exponent);
            }
        });
    }

    public static Units of(String name) {
        return new Units(Map.of(name, 1));
    }

    public boolean isDimensionless() {
        return exponents.isEmpty();
    }

    public Units times(Units other) {
        TreeMap<String, Integer> result = new TreeMap<>(exponents);
        other.exponents.forEach((name, exponent) -> result.merge(name, exponent, Integer::sum));
        return new Units(result);
    }

    public Units power(int power) {
        TreeMap<String, Integer> result = new TreeMap<>();
        exponents.forEach((name, exponent) -> result.put(name, exponent * power));
        return new Units(result);
    }

    public Units inverse() {
        return power(-1);
    }

    /** The square root, or null when an exponent is odd. */
    public Units sqrt() {
        TreeMap<String, Integer> result = new TreeMap<>();
        for (Map.Entry<String, Integer> e : exponents.entrySet()) {
            if (e.getValue() % 2 != 0) {
                return null;
            }
            result.put(e.getKey(), e.getValue() / 2);
        }
        return new Units(result);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Units u && u.exponents.equals(exponents);
    }

    @Override
    public int hashCode() {
        return exponents.hashCode();
    }

    /** A canonical form: positive exponents first, then '/' and the negative ones ("people/year"). */
    @Override
    public String toString() {
        if (exponents.isEmpty()) {
            return "1";
        }
        StringBuilder numerator = new StringBuilder();
        StringBuilder denominator = new StringBuilder();
        int below = 0;
        for (Map.Entry<String, Integer> e : exponents.entrySet()) {
            int exponent = e.getValue();
            StringBuilder target = exponent > 0 ? numerator : denominator;
            if (target.length() > 0) {
                target.append('*');
            }
            target.append(e.getKey());
            if (Math.abs(exponent) != 1) {
                target.append('^').append(Math.abs(exponent));
            }
            if (exponent < 0) {
                below++;
            }
        }
        String top = numerator.length() == 0 ? "1" : numerator.toString();
        if (denominator.length() == 0) {
            return top;
        }
        return top + "/" + (below > 1 ? "(" + denominator + ")" : denominator.toString());
    }

    /** Parses a written unit; throws with the column of the problem. */
    public static Units parse(String text) throws EquationSyntaxException {
        if (text == null || text.isBlank()) {
            return DIMENSIONLESS;
        }
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("dmnl") || trimmed.equalsIgnoreCase("dimensionless")) {
            return DIMENSIONLESS;
        }
        Parser parser = new Parser(text);
        Units units = parser.product();
        parser.skipSpaces();
        if (parser.i < text.length()) {
            throw new EquationSyntaxException("unexpected '" + text.charAt(parser.i) + "' in the units", parser.i + 1);
        }
        return units;
    }

    private static final class Parser {
        private final String text;
        private int i;

        Parser(String text) {
            this.text = text;
        }

        void skipSpaces() {
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
        }

        Units product() throws EquationSyntaxException {
            Units result = factor();
            while (true) {
                skipSpaces();
                if (i < text.length() && (text.charAt(i) == '*' || text.charAt(i) == '/')) {
                    boolean divide = text.charAt(i) == '/';
                    i++;
                    Units next = factor();
                    result = result.times(divide ? next.inverse() : next);
                } else {
                    return result;
                }
            }
        }

        Units factor() throws EquationSyntaxException {
            skipSpaces();
            if (i >= text.length()) {
                throw new EquationSyntaxException("a unit name is missing at the end of the units", i + 1);
            }
            char c = text.charAt(i);
            Units base;
            if (c == '(') {
                int open = i;
                i++;
                base = product();
                skipSpaces();
                if (i >= text.length() || text.charAt(i) != ')') {
                    throw new EquationSyntaxException("')' missing for the '(' in the units", open + 1);
                }
                i++;
            } else if (c == '1') {
                i++;
                base = DIMENSIONLESS;
            } else if (Character.isLetter(c) || c == '_' || c == '%') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '%')) {
                    i++;
                }
                base = of(text.substring(start, i));
            } else {
                throw new EquationSyntaxException("unexpected '" + c + "' in the units", i + 1);
            }
            skipSpaces();
            if (i < text.length() && text.charAt(i) == '^') {
                i++;
                skipSpaces();
                int start = i;
                if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                    i++;
                }
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                String digits = text.substring(start, i);
                if (digits.isEmpty() || digits.equals("-") || digits.equals("+")) {
                    throw new EquationSyntaxException("an integer exponent must follow '^' in the units", start + 1);
                }
                base = base.power(Integer.parseInt(digits));
            }
            return base;
        }
    }
}
