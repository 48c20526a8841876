package org.synergos.diagram;

/** Node shapes a description can ask for; renderers (SVG now, GLSP later) draw each the same way. */
public enum Shape {
    ELLIPSE, RECTANGLE, ROUNDED_RECTANGLE, DIAMOND, CIRCLE, SWIMLANE
}
