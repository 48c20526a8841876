package org.synergos.report.internal;

/**
 * Escapes text for LaTeX table cells, captions and notes. Non-ASCII characters (Greek letters, arrows,
 * Chinese model names) stay UTF-8 characters, which is why the tables are meant for xelatex or lualatex.
 * Characters that TeX reads as commands, ligatures or optional arguments are replaced by their text
 * commands, control characters (a line break would end a table row) by spaces.
 */
final class LatexText {

    private LatexText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
            case '\\' -> out.append("\\textbackslash{}");
            case '{', '}', '$', '&', '#', '%', '_' -> out.append('\\').append(ch);
            case '^' -> out.append("\\textasciicircum{}");
            case '~' -> out.append("\\textasciitilde{}");
            case '<' -> out.append("\\textless{}");
            case '>' -> out.append("\\textgreater{}");
            case '|' -> out.append("\\textbar{}");
            case '"' -> out.append("\\textquotedbl{}");
            case '`' -> out.append("\\textasciigrave{}");
            // "\\ [" would read the bracket as the row end's optional argument
            case '[', ']' -> out.append('{').append(ch).append('}');
            // "--" and "---" would become dashes
            case '-' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '-' ? "-{}" : "-");
            default -> appendPlain(out, text, i);
            }
            if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            }
        }
        return out.toString();
    }

    /** A table cell: escaped, and a leading '*' protected from being read as the previous row end's star. */
    static String cell(String text) {
        String escaped = escape(text);
        return escaped.startsWith("*") ? "{}" + escaped : escaped;
    }

    /** Text for a {@code %} comment line: one line, nothing TeX could read after the comment ends. */
    static String comment(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]", " ");
    }

    private static void appendPlain(StringBuilder out, String text, int i) {
        char ch = text.charAt(i);
        if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(ch).append(text.charAt(i + 1));
        } else if (Character.isSurrogate(ch)) {
            out.append('\uFFFD');
        } else if (Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029') {
            out.append(' ');
        } else {
            out.append(ch);
        }
    }
}
