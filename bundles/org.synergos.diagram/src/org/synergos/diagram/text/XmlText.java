package org.synergos.diagram.text;

/**
 * Escapes text for XML (SVG) element content and quoted attributes. Unlike HTML, XML 1.0 forbids most
 * control characters and unpaired surrogates even as references, so those become U+FFFD: a model string
 * can never make a diagram unparseable.
 */
public final class XmlText {

    private XmlText() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            // attribute values normalise raw tabs and line breaks to spaces; keep them visible as spaces
            case '\t', '\n', '\r' -> out.append(' ');
            default -> {
                if (Character.isHighSurrogate(ch) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.append(ch).append(text.charAt(++i));
                } else if (Character.isSurrogate(ch) || ch < 0x20 || ch == '\uFFFE' || ch == '\uFFFF') {
                    out.append('\uFFFD');
                } else {
                    out.append(ch);
                }
            }
            }
        }
        return out.toString();
    }
}
