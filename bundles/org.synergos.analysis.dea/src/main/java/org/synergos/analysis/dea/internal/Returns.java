package org.synergos.analysis.dea.internal;

/**
 * Returns to scale of the reference technology, by the constraint on the intensities λ: none (CCR, Charnes,
 * Cooper &amp; Rhodes 1978), Σλ = 1 (BCC, Banker, Charnes &amp; Cooper 1984), Σλ ≤ 1 (non-increasing) or
 * Σλ ≥ 1 (non-decreasing), with Benchmarking's names crs, vrs, drs, irs.
 */
public enum Returns {
    CRS("crs", "constant returns to scale (CCR)"),
    VRS("vrs", "variable returns to scale (BCC)"),
    /** Non-increasing returns to scale, Σλ ≤ 1 (Benchmarking's "drs"). */
    NIRS("drs", "non-increasing returns to scale"),
    /** Non-decreasing returns to scale, Σλ ≥ 1 (Benchmarking's "irs"). */
    NDRS("irs", "non-decreasing returns to scale");

    private final String id;
    private final String description;

    Returns(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Returns of(String id) {
        for (Returns r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown returns to scale '" + id + "'");
    }
}
