package org.synergos.analysis.dea.internal;

/** Which side a DEA model radially scales: inputs (minimise θ) or outputs (maximise φ). */
public enum Orientation {
    /** Input-oriented: the largest proportional contraction θ ≤ 1 of the inputs. */
    IN("in", "input-oriented"),
    /** Output-oriented: the largest proportional expansion φ ≥ 1 of the outputs; the score reported is 1/φ. */
    OUT("out", "output-oriented");

    private final String id;
    private final String description;

    Orientation(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Orientation of(String id) {
        for (Orientation o : values()) {
            if (o.id.equals(id)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown orientation '" + id + "'");
    }
}
