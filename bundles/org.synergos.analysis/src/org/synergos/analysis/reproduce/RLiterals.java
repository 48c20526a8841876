package org.synergos.analysis.reproduce;

import java.util.List;
import java.util.regex.Pattern;

/** R literals and names as the written scripts spell them. */
public final class RLiterals {

    /** A syntactic R name: a letter or '.', then letters, digits, '.' or '_' (lavaan accepts no other). */
    private static final Pattern NAME = Pattern.compile("[\\p{L}.][\\p{L}\\p{N}._]*");

    private RLiterals() {
    }

    /** A double-quoted R string literal. */
    public static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** {@code c("a", "b")}, or the single string for one value. */
    public static String strings(List<String> values) {
        if (values.size() == 1) {
            return string(values.get(0));
        }
        return "c(" + String.join(", ", values.stream().map(RLiterals::string).toList()) + ")";
    }

    public static boolean isName(String name) {
        return NAME.matcher(name).matches();
    }

    /** A variable name made of {@code prefix} and an identifier (model ids are letters, digits, '-' and '_'). */
    public static String variable(String prefix, String id) {
        return prefix + "_" + id.replaceAll("[^\\p{L}\\p{N}_]", "_");
    }

    /** A number as R reads it back exactly. */
    public static String number(double value) {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
        return whole ? Long.toString((long) value) : Double.toString(value);
    }
}
