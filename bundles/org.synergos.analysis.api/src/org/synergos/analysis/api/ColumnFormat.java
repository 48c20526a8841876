package org.synergos.analysis.api;

/**
 * How a column's numbers are shown. Values stay unrounded in results; formats apply only when
 * rendering (reports, workbench tables).
 */
public enum ColumnFormat {
    /** Free text. */
    TEXT,
    /** Whole numbers, e.g. N. */
    INTEGER,
    /** Fixed decimals, e.g. 0.317. */
    DECIMAL,
    /** A proportion shown as percent, e.g. 0.364 → 36.4%. */
    PERCENT,
    /** A p-value, shown APA style ("< .001" below the smallest shown value). */
    P_VALUE
}
