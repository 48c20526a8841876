package org.synergos.analysis.cbsem.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing of lavaan {@code group.partial} entries ({@code "lhs op rhs"}). */
public final class GroupPartial {

    private static final Pattern ENTRY = Pattern.compile("\\s*([A-Za-z_.][A-Za-z0-9_.]*)\\s*(=~|~~|~)\\s*([A-Za-z0-9_.]+)\\s*");

    private GroupPartial() {
    }

    /**
     * {@code "lhs op rhs"} with single spaces, an intercept as {@code "x ~1"}; fails with a message
     * naming the entry when it is no lavaan parameter.
     */
    public static String normalise(String entry) {
        Matcher m = ENTRY.matcher(entry == null ? "" : entry);
        if (!m.matches()) {
            throw new IllegalArgumentException("group.partial entry '" + entry
                    + "' is not a parameter 'lhs op rhs' with op =~, ~, ~~ (or 'x ~ 1' for an intercept)");
        }
        if (m.group(2).equals("~") && m.group(3).equals("1")) {
            return key(m.group(1), Operator.INTERCEPT, "");
        }
        return key(m.group(1), Operator.ofSymbol(m.group(2)), m.group(3));
    }

    /** The normalised key of a row. */
    public static String key(String lhs, Operator op, String rhs) {
        return op == Operator.INTERCEPT ? lhs + " ~1" : lhs + " " + op.symbol() + " " + rhs;
    }
}
