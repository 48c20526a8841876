package org.synergos.diagram;

/**
 * How a description wants its diagrams laid out. Layered layout (ELK) is the only algorithm; the hints pick
 * its flow direction, edge routing and spacing, and optionally a timeline order.
 *
 * @param direction   main flow direction: RIGHT for path diagrams and flowcharts
 * @param edgeRouting POLYLINE or ORTHOGONAL
 * @param nodeSpacing space between nodes of one layer
 * @param layerSpacing space between layers
 * @param timeline    when set, nodes of one mapping are ordered by a sort key along the flow direction
 */
public record LayoutHints(Direction direction, EdgeRouting edgeRouting, Double nodeSpacing, Double layerSpacing,
        TimelineOrder timeline) {

    /** Flow direction of the layered layout. */
    public enum Direction {
        RIGHT, DOWN, LEFT, UP
    }

    /** How edges are drawn between nodes. */
    public enum EdgeRouting {
        POLYLINE, ORTHOGONAL
    }

    /** Left-to-right polylines with moderate spacing. */
    public static final LayoutHints DEFAULT = new LayoutHints(Direction.RIGHT, EdgeRouting.POLYLINE, 30.0, 60.0,
            null);

    public LayoutHints {
        direction = direction == null ? Direction.RIGHT : direction;
        edgeRouting = edgeRouting == null ? EdgeRouting.POLYLINE : edgeRouting;
        nodeSpacing = nodeSpacing == null ? 30.0 : nodeSpacing;
        layerSpacing = layerSpacing == null ? 60.0 : layerSpacing;
    }
}
