package org.synergos.analysis.pls.core;

import java.util.Arrays;

/**
 * Which indicators the linear-model (LM) benchmark of PLSpredict regresses an endogenous indicator on
 * (OLS with intercept, fitted on the training rows).
 */
public enum PlsPredictBenchmark {

    /**
     * The indicators of the constructs the technique predicts from: of the construct's direct antecedents
     * under {@link PlsPredictTechnique#DIRECT_ANTECEDENTS}, of the exogenous constructs under
     * {@link PlsPredictTechnique#EARLIEST_ANTECEDENTS}. LM then sees the same hold-out information as PLS
     * (Shmueli et al. 2019).
     */
    ANTECEDENT_INDICATORS("antecedent-indicators"),

    /**
     * Every indicator of the model outside the predicted construct's block, whatever the technique: the
     * benchmark of seminr 2.3.2's {@code predict_pls}, offered to reproduce its LM columns.
     */
    ALL_OTHER_INDICATORS("all-other-indicators");

    private final String id;

    PlsPredictBenchmark(String id) {
        this.id = id;
    }

    /** The engine parameter value, e.g. {@code antecedent-indicators}. */
    public String id() {
        return id;
    }

    public static PlsPredictBenchmark of(String id) {
        return Arrays.stream(values()).filter(b -> b.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown PLSpredict benchmark '" + id + "'"));
    }
}
