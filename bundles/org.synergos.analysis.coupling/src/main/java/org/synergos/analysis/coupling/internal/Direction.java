package org.synergos.analysis.coupling.internal;

/** Whether a larger value of an indicator is better (positive, benefit) or worse (negative, cost). */
public enum Direction {
    POSITIVE("positive"), NEGATIVE("negative");

    private final String id;

    Direction(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The direction of that name, or null. */
    public static Direction of(String text) {
        for (Direction direction : values()) {
            if (direction.id.equals(text)) {
                return direction;
            }
        }
        return null;
    }
}
