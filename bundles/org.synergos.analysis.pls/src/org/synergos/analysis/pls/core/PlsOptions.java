package org.synergos.analysis.pls.core;

/**
 * Immutable estimation and resampling options. Defaults follow seminr 2.3.2 ({@code estimate_pls},
 * {@code bootstrap_model}): path weighting, stop criterion 1e-7, at most 300 iterations, 5000 bootstrap
 * resamples, 95% intervals.
 *
 * <p><b>Stop criterion.</b> As seminr ({@code stopCriterion = 7} means 10⁻⁷): the iteration starts from
 * unit weights; after each update the new weights are scaled so that every construct score has unit
 * variance, and the loop stops as soon as the <em>sum over all indicators of the absolute change</em> of
 * the scaled outer weights is below {@link #tolerance()}. {@code iterations} reports the 0-based index of
 * the update at which it stopped (seminr's {@code $iterations}; ECSI on mobi: 6). If
 * {@link #maxIterations()} + 1 updates do not satisfy the criterion, {@link NonConvergenceException}.
 */
public final class PlsOptions {

    private final InnerWeighting innerWeighting;
    private final double tolerance;
    private final int maxIterations;
    private final boolean consistent;
    private final MissingDataTreatment missingData;
    private final int bootstrapResamples;
    private final long seed;
    private final int threads;
    private final double confidenceLevel;

    private PlsOptions(Builder b) {
        this.innerWeighting = b.innerWeighting;
        this.tolerance = b.tolerance;
        this.maxIterations = b.maxIterations;
        this.consistent = b.consistent;
        this.missingData = b.missingData;
        this.bootstrapResamples = b.bootstrapResamples;
        this.seed = b.seed;
        this.threads = b.threads;
        this.confidenceLevel = b.confidenceLevel;
    }

    /** The seminr defaults. */
    public static PlsOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this object's values. */
    public Builder toBuilder() {
        return new Builder().innerWeighting(innerWeighting).tolerance(tolerance).maxIterations(maxIterations)
                .consistent(consistent).missingData(missingData).bootstrapResamples(bootstrapResamples)
                .seed(seed).threads(threads).confidenceLevel(confidenceLevel);
    }

    public InnerWeighting innerWeighting() {
        return innerWeighting;
    }

    /** Stop when the sum of absolute changes of the scaled outer weights is below this (default 1e-7). */
    public double tolerance() {
        return tolerance;
    }

    public int maxIterations() {
        return maxIterations;
    }

    /** Consistent PLS (PLSc) for {@link Measurement#REFLECTIVE} constructs (default true, as seminr). */
    public boolean consistent() {
        return consistent;
    }

    public MissingDataTreatment missingData() {
        return missingData;
    }

    public int bootstrapResamples() {
        return bootstrapResamples;
    }

    public long seed() {
        return seed;
    }

    /** Worker threads for resampling (default: available processors). Results never depend on it. */
    public int threads() {
        return threads;
    }

    public double confidenceLevel() {
        return confidenceLevel;
    }

    @Override
    public String toString() {
        return "PlsOptions[" + innerWeighting + ", tol=" + tolerance + ", maxIt=" + maxIterations + ", consistent="
                + consistent + ", " + missingData + ", nboot=" + bootstrapResamples + ", seed=" + seed
                + ", threads=" + threads + ", level=" + confidenceLevel + "]";
    }

    /** Builder with seminr's defaults. */
    public static final class Builder {
        private InnerWeighting innerWeighting = InnerWeighting.PATH;
        private double tolerance = 1e-7;
        private int maxIterations = 300;
        private boolean consistent = true;
        private MissingDataTreatment missingData = MissingDataTreatment.LISTWISE;
        private int bootstrapResamples = 5000;
        private long seed = 123L;
        private int threads = Runtime.getRuntime().availableProcessors();
        private double confidenceLevel = 0.95;

        private Builder() {
        }

        public Builder innerWeighting(InnerWeighting value) {
            this.innerWeighting = java.util.Objects.requireNonNull(value, "innerWeighting");
            return this;
        }

        public Builder tolerance(double value) {
            if (!(value > 0)) {
                throw new IllegalArgumentException("tolerance must be positive: " + value);
            }
            this.tolerance = value;
            return this;
        }

        public Builder maxIterations(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxIterations must be at least 1: " + value);
            }
            this.maxIterations = value;
            return this;
        }

        public Builder consistent(boolean value) {
            this.consistent = value;
            return this;
        }

        public Builder missingData(MissingDataTreatment value) {
            this.missingData = java.util.Objects.requireNonNull(value, "missingData");
            return this;
        }

        public Builder bootstrapResamples(int value) {
            if (value < 2) {
                throw new IllegalArgumentException("bootstrapResamples must be at least 2: " + value);
            }
            this.bootstrapResamples = value;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + value);
            }
            this.threads = value;
            return this;
        }

        public Builder confidenceLevel(double value) {
            if (!(value > 0 && value < 1)) {
                throw new IllegalArgumentException("confidenceLevel must be in (0, 1): " + value);
            }
            this.confidenceLevel = value;
            return this;
        }

        public PlsOptions build() {
            return new PlsOptions(this);
        }
    }
}
