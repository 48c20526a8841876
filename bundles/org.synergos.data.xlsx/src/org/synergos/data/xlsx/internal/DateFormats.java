package org.synergos.data.xlsx.internal;

import java.util.Locale;

/**
 * Tells date and time number formats from others. Excel stores a date as a number (days since 1900) and
 * only its format says it is a date: the built-in date formats (14 to 22, 45 to 47) and custom formats
 * with date or time letters outside quoted text, escapes and [brackets].
 */
final class DateFormats {

    private DateFormats() {
    }

    static boolean isDate(Integer formatId, String format) {
        if (formatId != null && ((formatId >= 14 && formatId <= 22) || (formatId >= 45 && formatId <= 47))) {
            return true;
        }
        String letters = letters(format);
        return letters.indexOf('y') >= 0 || letters.indexOf('d') >= 0 || letters.indexOf('m') >= 0
                || letters.indexOf('h') >= 0 || letters.indexOf('s') >= 0;
    }

    static boolean showsDate(String format) {
        String letters = letters(format);
        return letters.indexOf('y') >= 0 || letters.indexOf('d') >= 0
                || (letters.indexOf('m') >= 0 && letters.indexOf('h') < 0 && letters.indexOf('s') < 0);
    }

    static boolean showsTime(String format) {
        String letters = letters(format);
        return letters.indexOf('h') >= 0 || letters.indexOf('s') >= 0;
    }

    /** The format's letters that are format codes (lower case), without literal text and brackets. */
    private static String letters(String format) {
        if (format == null || format.equalsIgnoreCase("General")) {
            return "";
        }
        StringBuilder codes = new StringBuilder();
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char ch = format.charAt(i);
            if (quoted) {
                quoted = ch != '"';
            } else if (bracket) {
                bracket = ch != ']';
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == '[') {
                bracket = true;
            } else if (ch == '\\' || ch == '_' || ch == '*') {
                i++; // the next character is literal (or padding)
            } else if (ch == ';') {
                break; // the first section decides
            } else {
                codes.append(Character.toLowerCase(ch));
            }
        }
        return codes.toString().replace("general", "").toLowerCase(Locale.ROOT).replaceAll("[^ymdhs]", "");
    }
}
