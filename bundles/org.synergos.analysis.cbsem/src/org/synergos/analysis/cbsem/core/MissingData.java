package org.synergos.analysis.cbsem.core;

/** Treatment of missing values. */
public enum MissingData {
    /** Drop incomplete cases (lavaan {@code missing = "listwise"}). */
    LISTWISE,
    /** Full-information ML, casewise likelihood (Arbuckle 1996; lavaan {@code missing = "ml"}). */
    FIML
}
