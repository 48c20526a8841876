package org.synergos.analysis.cbsem.internal.engine;

import java.util.List;

import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.cbsem.core.DataSet;
import org.synergos.data.DataColumn;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;

/** The model's indicator columns (and the grouping column, if any) as the CB-SEM core's input. */
final class SemData {

    private SemData() {
    }

    static DataSet of(Dataset data, List<String> columns, String groupColumn) throws AnalysisException {
        DataSet sem;
        try {
            sem = DataSet.of(columns, data.numericRows(columns));
        } catch (DataFormatException e) {
            throw new AnalysisException(e.getMessage());
        }
        if (groupColumn.isBlank()) {
            return sem;
        }
        if (!data.hasColumn(groupColumn)) {
            throw new AnalysisException("group column '" + groupColumn + "' is not in " + data.describe()
                    + " (columns: " + String.join(", ", data.columnNames()) + ")");
        }
        DataColumn group = data.column(groupColumn);
        String[] labels = new String[data.rowCount()];
        for (int row = 0; row < labels.length; row++) {
            labels[row] = group.text(row);
        }
        return sem.withTextColumn(groupColumn, labels);
    }
}
