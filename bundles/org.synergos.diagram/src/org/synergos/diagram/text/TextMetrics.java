package org.synergos.diagram.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimated widths of diagram text. A report must come out byte-identical on every machine, so the layout
 * cannot ask the platform's fonts; it uses generous per-character widths instead (CJK ideographs one em,
 * Latin about half an em), which keeps boxes large enough for the fonts the SVG names.
 */
public final class TextMetrics {

    private TextMetrics() {
    }

    public static double width(String text, double fontSize) {
        double ems = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            ems += ems(text.codePointAt(i));
        }
        return ems * fontSize;
    }

    public static double lineHeight(double fontSize) {
        return fontSize * 1.3;
    }

    private static double ems(int cp) {
        if (isWide(cp)) {
            return 1.0;
        }
        if (cp == ' ' || cp == '.' || cp == ',' || cp == ':' || cp == ';' || cp == '\'' || cp == '|') {
            return 0.32;
        }
        if (Character.isUpperCase(cp) || cp == 'm' || cp == 'w') {
            return 0.7;
        }
        if (Character.isDigit(cp)) {
            return 0.58;
        }
        return Character.isLowerCase(cp) ? 0.56 : 0.62;
    }

    /** East Asian wide characters: CJK ideographs, kana, hangul, full-width forms. */
    public static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
    }

    /**
     * Breaks text into at most {@code maxLines} lines no wider than {@code maxWidth}: between words, and
     * anywhere between wide characters (Chinese has no spaces); an overlong last line ends in "…".
     */
    public static List<String> wrap(String text, double fontSize, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text.strip())) {
            String candidate = line.isEmpty() ? token.stripLeading() : line + token;
            if (line.isEmpty() || width(candidate, fontSize) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                line.append(token.stripLeading());
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, kept.get(maxLines - 1) + " …");
            return kept;
        }
        return lines;
    }

    /** Words with their leading space (split after a hyphen), single wide characters, and overlong words cut into pieces. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int cp = text.codePointAt(i);
            boolean breakBefore = cp == ' ' || isWide(cp) || token.length() >= 28;
            if (breakBefore && !token.isEmpty()) {
                tokens.add(token.toString());
                token.setLength(0);
            }
            token.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
            if (isWide(cp) || cp == '-' && token.length() > 1) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }
}
