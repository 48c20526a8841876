package org.synergos.analysis.pls.core;

/** Treatment of missing cells ({@link Double#NaN}) in the indicator columns the model uses. */
public enum MissingDataTreatment {
    /** Drop every row with a missing value in any indicator used by the model. */
    LISTWISE,
    /** Replace each missing value by the mean of the observed values of its column. */
    MEAN_REPLACEMENT
}
