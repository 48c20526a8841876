package org.synergos.analysis.pls.core;

import java.util.Arrays;

/**
 * Which hold-out construct scores PLSpredict predicts an endogenous construct from. In both, a hold-out
 * construct score is the training outer weights applied to the hold-out row's indicators (standardised
 * with the training moments), and an endogenous indicator is predicted as its training loading times the
 * predicted construct score.
 */
public enum PlsPredictTechnique {

    /**
     * From the hold-out scores of the construct's direct antecedents, exogenous or not, through the path
     * coefficients (Danks 2021; seminr's default {@code predict_DA}).
     */
    DIRECT_ANTECEDENTS("direct-antecedents"),

    /**
     * From the hold-out scores of the exogenous constructs only, through the total effects: mediators are
     * themselves predicted (Shmueli et al. 2016; seminr's {@code predict_EA}).
     */
    EARLIEST_ANTECEDENTS("earliest-antecedents");

    private final String id;

    PlsPredictTechnique(String id) {
        this.id = id;
    }

    /** The engine parameter value, e.g. {@code direct-antecedents}. */
    public String id() {
        return id;
    }

    public static PlsPredictTechnique of(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown PLSpredict technique '" + id + "'"));
    }
}
