package org.synergos.report.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Worksheet names Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \}, no apostrophe at
 * either end, not blank, not "History" (reserved), and unique in the workbook ignoring case.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private SheetNames() {
    }

    /** A valid name close to {@code wanted}, not in {@code used} (lower-cased names); adds it to {@code used}. */
    static String unique(String wanted, Set<String> used) {
        String base = clean(wanted);
        String name = base;
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX_LENGTH - suffix.length()).strip() + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    static String clean(String wanted) {
        StringBuilder out = new StringBuilder(wanted.length());
        wanted.codePoints().forEach(cp -> out.appendCodePoint(
                "[]:*?/\\".indexOf(cp) >= 0 || Character.isISOControl(cp) ? ' ' : cp));
        String name = cut(out.toString().replaceAll("\\s+", " ").strip(), MAX_LENGTH);
        name = name.replaceAll("^'+|'+$", "").strip();
        if (name.isEmpty() || name.equalsIgnoreCase("History")) {
            return "Sheet";
        }
        return name;
    }

    /** At most {@code length} chars, never splitting a surrogate pair. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(length)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
