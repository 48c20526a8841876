package org.synergos.analysis.pls.internal.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.pls.core.MissingDataTreatment;
import org.synergos.analysis.pls.internal.model.CompiledModel;

/** Selects the model's indicator columns from the caller's row-major data and treats missing values. */
public final class DataPreparation {

    private DataPreparation() {
    }

    public static PreparedData prepare(double[][] data, List<String> columnNames, CompiledModel model,
            MissingDataTreatment missing) {
        Map<String, Integer> columnIndex = new HashMap<>();
        for (int c = 0; c < columnNames.size(); c++) {
            if (columnIndex.put(columnNames.get(c), c) != null) {
                throw new IllegalArgumentException("duplicate data column '" + columnNames.get(c) + "'");
            }
        }
        int p = model.indicatorCount;
        int[] source = new int[p];
        for (int a = 0; a < p; a++) {
            String name = model.indicatorNames.get(a);
            Integer c = columnIndex.get(name);
            if (c == null) {
                throw new IllegalArgumentException("indicator '" + name + "' of construct '"
                        + model.constructNames.get(model.blockOf[a]) + "' is not a data column");
            }
            source[a] = c;
        }
        int rows = data.length;
        boolean[] keep = new boolean[rows];
        int n = 0;
        for (int i = 0; i < rows; i++) {
            if (data[i].length != columnNames.size()) {
                throw new IllegalArgumentException("data row " + i + " has " + data[i].length + " values, expected "
                        + columnNames.size());
            }
            boolean complete = true;
            for (int a = 0; a < p; a++) {
                double v = data[i][source[a]];
                if (Double.isInfinite(v)) {
                    throw new IllegalArgumentException("data row " + i + ", column '" + model.indicatorNames.get(a)
                            + "' is infinite");
                }
                complete &= !Double.isNaN(v);
            }
            keep[i] = complete || missing == MissingDataTreatment.MEAN_REPLACEMENT;
            n += keep[i] ? 1 : 0;
        }
        if (n < 3) {
            throw new IllegalArgumentException("only " + n + " usable rows of " + rows + " (" + missing
                    + "); at least 3 needed" + MissingColumns.describe(data, source, model.indicatorNames));
        }
        int[] used = new int[n];
        for (int i = 0, r = 0; i < rows; i++) {
            if (keep[i]) {
                used[r++] = i;
            }
        }
        double[] raw = new double[p * n];
        int replaced = 0;
        for (int a = 0; a < p; a++) {
            double sum = 0;
            int observed = 0;
            for (int r = 0; r < n; r++) {
                double v = data[used[r]][source[a]];
                raw[a * n + r] = v;
                if (!Double.isNaN(v)) {
                    sum += v;
                    observed++;
                }
            }
            if (observed == 0) {
                throw new IllegalArgumentException("indicator '" + model.indicatorNames.get(a) + "' has no observed values");
            }
            double mean = sum / observed;
            for (int r = 0; r < n; r++) {
                if (Double.isNaN(raw[a * n + r])) {
                    raw[a * n + r] = mean;
                    replaced++;
                }
            }
        }
        return new PreparedData(n, p, raw, used, replaced);
    }
}
