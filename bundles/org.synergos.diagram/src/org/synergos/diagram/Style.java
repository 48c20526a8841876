package org.synergos.diagram;

/**
 * Visual attributes of a node or edge. In a description every field is optional ({@code null} = inherit);
 * in a {@link DiagramGraph} every field is set, because the factory resolves defaults, the mapping's style
 * and matching conditional styles in that order (later wins).
 *
 * @param fill       fill colour ({@code #rrggbb} or {@code none})
 * @param stroke     outline or line colour
 * @param strokeWidth line width
 * @param fontSize   label font size
 * @param fontColor  label colour
 * @param dash       SVG dash array, e.g. {@code "6 4"}; empty for solid lines
 * @param arrowhead  edge end decoration (ignored for nodes)
 */
public record Style(String fill, String stroke, Double strokeWidth, Double fontSize, String fontColor, String dash,
        Arrowhead arrowhead) {

    /** Defaults for nodes. */
    public static final Style NODE_DEFAULTS = new Style("#ffffff", "#333333", 1.2, 12.0, "#111111", "", Arrowhead.NONE);

    /** Defaults for edges. */
    public static final Style EDGE_DEFAULTS = new Style("none", "#333333", 1.2, 11.0, "#111111", "",
            Arrowhead.TRIANGLE);

    /** This style with every field {@code other} sets replaced by {@code other}'s value. */
    public Style overriddenBy(Style other) {
        if (other == null) {
            return this;
        }
        return new Style(pick(other.fill, fill), pick(other.stroke, stroke), pick(other.strokeWidth, strokeWidth),
                pick(other.fontSize, fontSize), pick(other.fontColor, fontColor), pick(other.dash, dash),
                pick(other.arrowhead, arrowhead));
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
