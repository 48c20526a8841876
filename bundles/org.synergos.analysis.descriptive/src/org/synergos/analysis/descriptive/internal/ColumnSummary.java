package org.synergos.analysis.descriptive.internal;

import java.util.List;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.synergos.analysis.api.ElementValue;
import org.synergos.data.DataColumn;

/** Univariate statistics of one column over its non-missing cells. */
record ColumnSummary(SelectedColumn column, int n, int missing, double mean, double sd, double skewness,
        double kurtosis, double min, double max) {

    static ColumnSummary of(SelectedColumn selected, DataColumn column) {
        DescriptiveStatistics stats = new DescriptiveStatistics();
        for (int row = 0; row < column.size(); row++) {
            if (!column.isMissing(row)) {
                stats.addValue(column.value(row));
            }
        }
        int n = (int) stats.getN();
        // Commons Math returns NaN for skewness below 3 and kurtosis below 4 values: the estimators are undefined.
        return new ColumnSummary(selected, n, column.size() - n, n > 0 ? stats.getMean() : Double.NaN,
                n > 1 ? stats.getStandardDeviation() : Double.NaN, stats.getSkewness(), stats.getKurtosis(),
                n > 0 ? stats.getMin() : Double.NaN, n > 0 ? stats.getMax() : Double.NaN);
    }

    List<ElementValue> overlayValues() {
        String id = column.elementId();
        return List.of(ElementValue.of(id, "mean", mean), ElementValue.of(id, "sd", sd));
    }
}
