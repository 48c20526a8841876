package org.synergos.analysis.events.internal;

/** XML 1.0 text escaping for SVG: markup characters escaped, characters XML forbids dropped. */
final class Xml {

    private Xml() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&apos;");
            default -> {
                if (allowed(c)) {
                    out.appendCodePoint(c);
                }
            }
            }
        });
        return out.toString();
    }

    /** XML 1.0 Char production: tab, newline, return, and U+0020.. except surrogates, U+FFFE and U+FFFF. */
    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
