package org.synergos.analysis.changerange.internal;

import org.synergos.model.IndexDirection;

/** Whether a change is an improvement, judged by the index's direction (a shorter cycle is better). */
enum Verdict {
    IMPROVED("improved"), WORSENED("worsened"), UNCHANGED("unchanged"), UNKNOWN("direction not set");

    private final String text;

    Verdict(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    static Verdict of(IndexDirection direction, double change) {
        if (Double.isNaN(change)) {
            return UNKNOWN;
        }
        if (change == 0) {
            return UNCHANGED;
        }
        if (direction == IndexDirection.HIGHER_IS_BETTER) {
            return change > 0 ? IMPROVED : WORSENED;
        }
        if (direction == IndexDirection.LOWER_IS_BETTER) {
            return change < 0 ? IMPROVED : WORSENED;
        }
        return UNKNOWN;
    }

    /** Text of an index direction for the table. */
    static String directionText(IndexDirection direction) {
        return switch (direction) {
            case HIGHER_IS_BETTER -> "higher is better";
            case LOWER_IS_BETTER -> "lower is better";
            default -> "unspecified";
        };
    }
}
