package org.synergos.analysis.reproduce;

import java.util.List;

/**
 * The R code that reproduces one engine's analyses with an established R package (lavaan for cb-sem, say).
 * An extension kind: an engine that can be reproduced in R registers one such OSGi service.
 */
public interface RReproduction {

    /** The engine whose analyses this reproduces, e.g. {@code cb-sem}. */
    String engineId();

    /** The R packages the code attaches with {@code library()}, e.g. {@code lavaan}. */
    List<String> packages();

    /**
     * The R statements fitting one analysis on the data frame {@link RAnalysis#data()}, leaving the fit in
     * {@link RAnalysis#result()} and printing the tables a reader compares with Synergos' report.
     *
     * @throws ReproductionException naming the element or option that R cannot be told to reproduce
     */
    String code(RAnalysis analysis) throws ReproductionException;

    /**
     * Whether {@link #code} can fit summary statistics ({@link RAnalysis#summaryStatistics()}); an analysis of
     * a matrix file by a reproduction that cannot is named as not reproduced.
     */
    default boolean acceptsSummaryData() {
        return false;
    }
}
