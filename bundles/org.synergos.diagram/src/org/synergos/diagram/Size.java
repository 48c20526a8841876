package org.synergos.diagram;

/**
 * Width and height in diagram units (pixels at 100 %). In a description it is the minimum size of a node;
 * the factory widens nodes whose label would not fit.
 */
public record Size(double width, double height) {

    public Size {
        if (!(width > 0) || !(height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("size must be positive and finite: " + width + " x " + height);
        }
    }
}
