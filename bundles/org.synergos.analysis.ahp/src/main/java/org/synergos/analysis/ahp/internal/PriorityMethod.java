package org.synergos.analysis.ahp.internal;

/** How local weights are derived from a pairwise comparison matrix. */
public enum PriorityMethod {
    /** Saaty's principal right eigenvector, normalised to sum 1 (Saaty 1980; yaahp's default). */
    EIGENVECTOR("eigenvector", "principal right eigenvector (Saaty 1980)"),
    /** The normalised geometric means of the rows (Crawford &amp; Williams 1985). */
    GEOMETRIC_MEAN("geometric-mean", "row geometric mean (Crawford & Williams 1985)");

    private final String id;
    private final String description;

    PriorityMethod(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static PriorityMethod of(String id) {
        for (PriorityMethod method : values()) {
            if (method.id.equals(id)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown priority method '" + id + "'");
    }
}
