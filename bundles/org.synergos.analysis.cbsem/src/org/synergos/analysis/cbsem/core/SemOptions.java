package org.synergos.analysis.cbsem.core;

import java.util.EnumSet;
import java.util.Set;

/**
 * Immutable estimation options, defaults as lavaan's {@code sem()}: ML, expected information for
 * complete data (observed for MLR and FIML), listwise deletion, no grouping, mean structure only
 * when needed (FIML, several groups, intercepts in the model), {@code fixed.x = TRUE}, marker loadings
 * ({@code std.lv = FALSE}), 95% confidence intervals.
 */
public final class SemOptions {

    private final Estimator estimator;
    private final InformationType information;
    private final MissingData missing;
    private final String groupVariable;
    private final Set<GroupEquality> groupEqual;
    private final Set<String> groupPartial;
    private final Boolean meanStructure;
    private final boolean fixedX;
    private final boolean stdLv;
    private final int bootstrapDraws;
    private final long bootstrapSeed;
    private final BootCiType bootCiType;
    private final int threads;
    private final int maxIterations;
    private final double tolerance;
    private final double confidenceLevel;

    private SemOptions(Builder b) {
        estimator = b.estimator;
        information = b.information;
        missing = b.missing;
        groupVariable = b.groupVariable;
        groupEqual = Set.copyOf(b.groupEqual);
        groupPartial = Set.copyOf(b.groupPartial);
        meanStructure = b.meanStructure;
        fixedX = b.fixedX;
        stdLv = b.stdLv;
        bootstrapDraws = b.bootstrapDraws;
        bootstrapSeed = b.bootstrapSeed;
        bootCiType = b.bootCiType;
        threads = b.threads;
        maxIterations = b.maxIterations;
        tolerance = b.tolerance;
        confidenceLevel = b.confidenceLevel;
    }

    /** lavaan {@code sem()} defaults. */
    public static SemOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.estimator = estimator;
        b.information = information;
        b.missing = missing;
        b.groupVariable = groupVariable;
        b.groupEqual = groupEqual.isEmpty() ? EnumSet.noneOf(GroupEquality.class) : EnumSet.copyOf(groupEqual);
        b.groupPartial = new java.util.LinkedHashSet<>(groupPartial);
        b.meanStructure = meanStructure;
        b.fixedX = fixedX;
        b.stdLv = stdLv;
        b.bootstrapDraws = bootstrapDraws;
        b.bootstrapSeed = bootstrapSeed;
        b.bootCiType = bootCiType;
        b.threads = threads;
        b.maxIterations = maxIterations;
        b.tolerance = tolerance;
        b.confidenceLevel = confidenceLevel;
        return b;
    }

    public Estimator estimator() {
        return estimator;
    }

    /** The information type in effect (the default depends on estimator and missing-data method). */
    public InformationType information() {
        if (information != null) {
            return information;
        }
        if (estimator == Estimator.MLM) {
            return InformationType.EXPECTED; // lavaan: MLM's robust.sem and satorra.bentler use the expected
        }
        return estimator == Estimator.MLR || missing == MissingData.FIML ? InformationType.OBSERVED
                : InformationType.EXPECTED;
    }

    public MissingData missing() {
        return missing;
    }

    /** Grouping variable, or {@code null} for a single group. */
    public String groupVariable() {
        return groupVariable;
    }

    public Set<GroupEquality> groupEqual() {
        return groupEqual;
    }

    /**
     * Parameters exempt from {@link #groupEqual()} (lavaan {@code group.partial}), each normalised as
     * {@code "lhs op rhs"} with single spaces ({@code "x3 ~1"} for an intercept).
     */
    public Set<String> groupPartial() {
        return groupPartial;
    }

    /** Whether intercepts and means are modelled for {@code groups} groups of a model stating no intercept. */
    public boolean meanStructure(int groups) {
        return meanStructure(groups, false);
    }

    /**
     * Whether intercepts and means are modelled for {@code groups} groups: unless set, as lavaan's
     * {@code meanstructure = "default"}, with several groups, FIML, or when the model states an
     * intercept ({@code ~ 1}), as a growth curve's fixed intercepts and free latent means do.
     */
    public boolean meanStructure(int groups, boolean interceptsStated) {
        if (meanStructure != null) {
            return meanStructure;
        }
        return groups > 1 || missing == MissingData.FIML || interceptsStated;
    }

    /** The stated {@code meanstructure}, or {@code null} when left to the default. */
    Boolean meanStructureSetting() {
        return meanStructure;
    }

    public boolean fixedX() {
        return fixedX;
    }

    /**
     * lavaan {@code std.lv}: each latent variable's scale is set by fixing its (residual) variance to
     * 1 rather than its first loading (in later groups of a model with equal loadings the variances
     * stay free, unless they are equal too).
     */
    public boolean stdLv() {
        return stdLv;
    }

    /** Number of bootstrap draws for bootstrap SEs ({@code 0} = no bootstrap). */
    public int bootstrapDraws() {
        return bootstrapDraws;
    }

    public long bootstrapSeed() {
        return bootstrapSeed;
    }

    /** Confidence intervals of a bootstrap fit (lavaan's {@code boot.ci.type}; default percentile). */
    public BootCiType bootCiType() {
        return bootCiType;
    }

    /** Worker threads for the bootstrap; results do not depend on it. */
    public int threads() {
        return threads;
    }

    public int maxIterations() {
        return maxIterations;
    }

    /** Convergence tolerance on the largest per-case gradient max|∂ℓ/∂θ|/N. */
    public double tolerance() {
        return tolerance;
    }

    public double confidenceLevel() {
        return confidenceLevel;
    }

    /** Mutable builder. */
    public static final class Builder {
        private Estimator estimator = Estimator.ML;
        private InformationType information;
        private MissingData missing = MissingData.LISTWISE;
        private String groupVariable;
        private EnumSet<GroupEquality> groupEqual = EnumSet.noneOf(GroupEquality.class);
        private java.util.LinkedHashSet<String> groupPartial = new java.util.LinkedHashSet<>();
        private Boolean meanStructure;
        private boolean fixedX = true;
        private boolean stdLv;
        private int bootstrapDraws;
        private long bootstrapSeed = 1L;
        private BootCiType bootCiType = BootCiType.PERC;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int maxIterations = 500;
        private double tolerance = 1e-12;
        private double confidenceLevel = 0.95;

        private Builder() {
        }

        public Builder estimator(Estimator value) {
            estimator = value;
            return this;
        }

        public Builder information(InformationType value) {
            information = value;
            return this;
        }

        public Builder missing(MissingData value) {
            missing = value;
            return this;
        }

        public Builder group(String variable) {
            groupVariable = variable;
            return this;
        }

        public Builder groupEqual(GroupEquality... values) {
            groupEqual = EnumSet.noneOf(GroupEquality.class);
            for (GroupEquality g : values) {
                groupEqual.add(g);
            }
            return this;
        }

        /**
         * lavaan {@code group.partial}: parameters such as {@code "visual =~ x2"}, {@code "x3 ~ 1"} or
         * {@code "x7 ~~ x7"} that stay free across groups despite {@link #groupEqual}.
         */
        public Builder groupPartial(String... parameters) {
            groupPartial = new java.util.LinkedHashSet<>();
            for (String parameter : parameters) {
                groupPartial.add(GroupPartial.normalise(parameter));
            }
            return this;
        }

        public Builder meanStructure(boolean value) {
            meanStructure = value;
            return this;
        }

        public Builder fixedX(boolean value) {
            fixedX = value;
            return this;
        }

        /** lavaan {@code std.lv}; see {@link SemOptions#stdLv()}. */
        public Builder stdLv(boolean value) {
            stdLv = value;
            return this;
        }

        /** Bootstrap SEs from {@code draws} ordinary nonparametric resamples. */
        public Builder bootstrap(int draws, long seed) {
            if (draws < 0) {
                throw new IllegalArgumentException("bootstrap draws must be >= 0");
            }
            bootstrapDraws = draws;
            bootstrapSeed = seed;
            return this;
        }

        public Builder bootCiType(BootCiType value) {
            bootCiType = java.util.Objects.requireNonNull(value, "bootCiType");
            return this;
        }

        public Builder threads(int value) {
            threads = Math.max(1, value);
            return this;
        }

        public Builder maxIterations(int value) {
            maxIterations = value;
            return this;
        }

        public Builder tolerance(double value) {
            tolerance = value;
            return this;
        }

        public Builder confidenceLevel(double value) {
            confidenceLevel = value;
            return this;
        }

        public SemOptions build() {
            return new SemOptions(this);
        }
    }
}
