package org.synergos.analysis.api.format;

/**
 * Escapes text for HTML element content and quoted attribute values: every model string shown in a
 * report or the workbench goes through here.
 */
public final class HtmlText {

    private HtmlText() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
