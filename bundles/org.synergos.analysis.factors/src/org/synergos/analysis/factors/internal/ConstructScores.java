package org.synergos.analysis.factors.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.synergos.analysis.api.Message;
import org.synergos.data.DataColumn;
import org.synergos.data.Dataset;
import org.synergos.model.Construct;
import org.synergos.model.Framework;
import org.synergos.model.Indicator;
import org.synergos.model.Scale;
import org.synergos.model.helpers.ElementLabels;
import org.synergos.model.helpers.FrameworkQueries;

/**
 * Construct scores as item averages: per respondent the mean of the construct's indicator columns, for
 * rows complete on those items (NaN otherwise). Reverse-coded items are mirrored on their scale
 * (min + max − x). Indicators whose column is absent or not numeric are reported and left out.
 *
 * @param construct the construct
 * @param columns the data columns averaged
 * @param scores one score per data row, NaN where an item is missing
 */
record ConstructScores(Construct construct, List<String> columns, double[] scores) {

    /** Scores of every construct with at least one usable indicator, in model order. */
    static List<ConstructScores> of(Framework framework, Dataset data, List<Message> messages) {
        List<ConstructScores> all = new ArrayList<>();
        for (Construct construct : framework.getConstructs()) {
            List<String> columns = new ArrayList<>();
            List<double[]> items = new ArrayList<>();
            for (Indicator indicator : construct.getIndicators()) {
                double[] values = itemValues(indicator, data, messages);
                if (values != null) {
                    columns.add(FrameworkQueries.columnOf(indicator));
                    items.add(values);
                }
            }
            if (!items.isEmpty()) {
                all.add(new ConstructScores(construct, columns, average(items, data.rowCount())));
            }
        }
        return all;
    }

    /** Code, else name, else id. */
    String code() {
        return ElementLabels.name(construct);
    }

    /** Scores without the missing ones. */
    double[] complete() {
        return Arrays.stream(scores).filter(Double::isFinite).toArray();
    }

    private static double[] itemValues(Indicator indicator, Dataset data, List<Message> messages) {
        String column = FrameworkQueries.columnOf(indicator);
        if (!data.hasColumn(column)) {
            messages.add(Message.warning(ElementLabels.of(indicator) + ": column '" + column + "' is not in "
                    + data.describe() + "; left out of the construct score", indicator.getId()));
            return null;
        }
        DataColumn values = data.column(column);
        if (!values.isNumeric()) {
            String where = values.firstNonNumeric().map(c -> " (line " + c.line() + ": '" + c.content() + "')")
                    .orElse("");
            messages.add(Message.warning(ElementLabels.of(indicator) + ": column '" + column + "' is not numeric"
                    + where + "; left out of the construct score", indicator.getId()));
            return null;
        }
        double[] result = values.values().clone();
        if (indicator.isReverseCoded()) {
            Scale scale = indicator.getScale();
            if (scale == null || scale.getMin() == null || scale.getMax() == null) {
                messages.add(Message.warning(ElementLabels.of(indicator) + " is reverse-coded but has no scale "
                        + "minimum and maximum; used as recorded", indicator.getId()));
            } else {
                for (int row = 0; row < result.length; row++) {
                    result[row] = scale.getMin() + scale.getMax() - result[row];
                }
            }
        }
        return result;
    }

    private static double[] average(List<double[]> items, int rows) {
        double[] scores = new double[rows];
        for (int row = 0; row < rows; row++) {
            double sum = 0;
            for (double[] item : items) {
                sum += item[row];
            }
            scores[row] = sum / items.size();
        }
        return scores;
    }
}
