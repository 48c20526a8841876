package org.synergos.analysis.cbsem.internal.estimate;

import java.util.ArrayList;
import java.util.List;

import org.synergos.analysis.cbsem.core.DataSet;
import org.synergos.analysis.cbsem.core.MissingData;
import org.synergos.analysis.cbsem.core.SemException;

/** Splits a {@link DataSet} into groups and the model's observed variables. */
public final class SampleBuilder {

    private SampleBuilder() {
    }

    /** Group labels in order of first appearance (one empty label without a grouping variable). */
    public static List<String> groupLabels(DataSet data, String groupVariable) {
        List<String> labels = new ArrayList<>();
        if (groupVariable == null) {
            labels.add("");
            return labels;
        }
        for (String v : data.groupingColumn(groupVariable)) {
            if (v != null && !v.isEmpty() && !labels.contains(v)) {
                labels.add(v);
            }
        }
        if (labels.isEmpty()) {
            throw new SemException("grouping variable '" + groupVariable + "' has no values");
        }
        return labels;
    }

    /** Per-group rows of the observed variables; listwise deletion unless FIML. */
    public static List<GroupSample> build(DataSet data, List<String> observed, String groupVariable,
            List<String> groupLabels, MissingData missing) {
        List<String> usable = new ArrayList<>();
        for (String v : observed) {
            if (data.hasColumn(v)) {
                usable.add(v);
            }
        }
        double[][] cols = new double[usable.size()][];
        for (int j = 0; j < usable.size(); j++) {
            cols[j] = data.column(usable.get(j));
        }
        String[] group = groupVariable == null ? null : data.groupingColumn(groupVariable);
        List<GroupSample> out = new ArrayList<>();
        for (String label : groupLabels) {
            List<double[]> rows = new ArrayList<>();
            for (int i = 0; i < data.rowCount(); i++) {
                if (group != null && !label.equals(group[i])) {
                    continue;
                }
                double[] r = new double[usable.size()];
                boolean complete = true;
                for (int j = 0; j < r.length; j++) {
                    r[j] = cols[j][i];
                    complete &= !Double.isNaN(r[j]);
                }
                if (complete || missing == MissingData.FIML) {
                    rows.add(r);
                }
            }
            GroupSample s = new GroupSample(rows.toArray(new double[0][]));
            if (s.n() <= usable.size()) {
                throw new SemException((group == null ? "the data have " : "group '" + label + "' has ") + s.n()
                        + " usable cases for " + usable.size() + " observed variables"
                        + emptyColumns(cols, group, label, usable));
            }
            out.add(s);
        }
        return out;
    }

    /** Names the variables without any observed value (in the group), which leave no complete case. */
    private static String emptyColumns(double[][] cols, String[] group, String label, List<String> names) {
        List<String> empty = new ArrayList<>();
        for (int j = 0; j < cols.length; j++) {
            boolean observed = false;
            for (int i = 0; i < cols[j].length && !observed; i++) {
                observed = (group == null || label.equals(group[i])) && !Double.isNaN(cols[j][i]);
            }
            if (!observed) {
                empty.add("'" + names.get(j) + "'");
            }
        }
        return empty.isEmpty() ? "" : ": " + String.join(", ", empty) + (empty.size() == 1 ? " has" : " have")
                + " no observed value";
    }
}
