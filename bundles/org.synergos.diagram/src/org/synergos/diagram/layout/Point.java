package org.synergos.diagram.layout;

/** A point in diagram coordinates (origin top left, y down). */
public record Point(double x, double y) {
}
