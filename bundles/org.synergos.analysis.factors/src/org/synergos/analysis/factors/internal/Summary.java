package org.synergos.analysis.factors.internal;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Mean, standard deviation (n − 1), maximum and minimum of an index (paper A, Table 2), computed or as
 * reported; NaN where a statistic is unknown.
 */
record Summary(int n, double mean, double sd, double max, double min) {

    static final Summary NONE = new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    static Summary of(double[] values) {
        if (values.length == 0) {
            return NONE;
        }
        DescriptiveStatistics stats = new DescriptiveStatistics(values);
        return new Summary(values.length, stats.getMean(), values.length > 1 ? stats.getStandardDeviation()
                : Double.NaN, stats.getMax(), stats.getMin());
    }

    boolean isEmpty() {
        return Double.isNaN(mean) && Double.isNaN(sd) && Double.isNaN(max) && Double.isNaN(min);
    }

    double get(String statistic) {
        return switch (statistic) {
            case "mean" -> mean;
            case "sd" -> sd;
            case "max" -> max;
            case "min" -> min;
            default -> throw new IllegalArgumentException(statistic);
        };
    }
}
