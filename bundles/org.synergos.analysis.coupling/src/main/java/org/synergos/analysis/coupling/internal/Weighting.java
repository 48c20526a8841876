package org.synergos.analysis.coupling.internal;

/** Over which indicators the entropy weights are normalised to sum to 1. */
public enum Weighting {
    /** Each subsystem's weights sum to 1, so every U lies in [shift, 1 + shift] (the default). */
    WITHIN("within-subsystem", "entropy weights normalised within each subsystem"),
    /** All indicators' weights sum to 1; a subsystem's U then also carries its share of the total weight. */
    ACROSS("across-all", "entropy weights normalised across all indicators");

    private final String id;
    private final String description;

    Weighting(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Weighting of(String id) {
        for (Weighting weighting : values()) {
            if (weighting.id.equals(id)) {
                return weighting;
            }
        }
        throw new IllegalArgumentException("unknown weighting '" + id + "'");
    }
}
