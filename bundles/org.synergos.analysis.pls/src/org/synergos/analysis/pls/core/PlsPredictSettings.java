package org.synergos.analysis.pls.core;

/**
 * How {@link PlsPredict} cross-validates: prediction technique, LM benchmark, k folds ({@code folds = n}
 * is leave-one-out) and repetitions, each with its own random fold assignment.
 */
public record PlsPredictSettings(PlsPredictTechnique technique, PlsPredictBenchmark benchmark, int folds,
        int repetitions) {

    public static final int DEFAULT_FOLDS = 10;
    public static final int DEFAULT_REPETITIONS = 10;

    public PlsPredictSettings {
        if (technique == null || benchmark == null) {
            throw new IllegalArgumentException("technique and benchmark are required");
        }
        if (folds < 2 || repetitions < 1) {
            throw new IllegalArgumentException("need folds >= 2 and repetitions >= 1: " + folds + ", " + repetitions);
        }
    }

    /**
     * Direct antecedents (seminr's default: users who check a study in R expect that technique), LM on the
     * antecedents' indicators, 10 folds, 10 repetitions.
     */
    public static PlsPredictSettings defaults() {
        return new PlsPredictSettings(PlsPredictTechnique.DIRECT_ANTECEDENTS, PlsPredictBenchmark.ANTECEDENT_INDICATORS,
                DEFAULT_FOLDS, DEFAULT_REPETITIONS);
    }

    public PlsPredictSettings withTechnique(PlsPredictTechnique value) {
        return new PlsPredictSettings(value, benchmark, folds, repetitions);
    }

    public PlsPredictSettings withBenchmark(PlsPredictBenchmark value) {
        return new PlsPredictSettings(technique, value, folds, repetitions);
    }

    public PlsPredictSettings withFolds(int folds, int repetitions) {
        return new PlsPredictSettings(technique, benchmark, folds, repetitions);
    }
}
