package org.synergos.analysis.factors.internal;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Descriptives of a construct's item-average score: n, mean, SD (n − 1), and the bias-adjusted skewness
 * G1 and excess kurtosis G2 (Joanes &amp; Gill 1998, type 2; SPSS, SAS and Excel report these) — the
 * definitions of the {@code descriptive} engine, here applied to construct scores (paper E, Table 1).
 */
record ConstructStatistics(ConstructScores scores, int n, double mean, double sd, double skewness, double kurtosis) {

    static ConstructStatistics of(ConstructScores scores) {
        // Commons Math's Skewness and Kurtosis are G1 and G2; NaN below 3 (skewness) or 4 (kurtosis) values.
        DescriptiveStatistics stats = new DescriptiveStatistics(scores.complete());
        int n = (int) stats.getN();
        return new ConstructStatistics(scores, n, n > 0 ? stats.getMean() : Double.NaN,
                n > 1 ? stats.getStandardDeviation() : Double.NaN, stats.getSkewness(), stats.getKurtosis());
    }
}
